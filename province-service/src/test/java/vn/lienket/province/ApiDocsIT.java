package vn.lienket.province;

import vn.lienket.support.testing.ApiDocsContract;
import vn.lienket.support.testing.ServiceTest;

/** province-service's OpenAPI description: valid 3.1, every endpoint in it, security and problems named. */
@ServiceTest
class ApiDocsIT extends ApiDocsContract {
}
