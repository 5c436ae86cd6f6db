package vn.lienket.plan;

import org.springframework.test.context.TestPropertySource;
import vn.lienket.support.testing.ApiDocsContract;
import vn.lienket.support.testing.ServiceTest;

/** plan-service's OpenAPI description: valid 3.1, every endpoint in it, security and problems named. */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true") // the context the other seeded tests share
class ApiDocsIT extends ApiDocsContract {
}
