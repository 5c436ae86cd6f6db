package vn.lienket.identity;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.support.testing.ApiDocsContract;
import vn.lienket.support.testing.EmbeddedStore;

/** The identity provider's API description names every endpoint it maps, as every service's does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityApiDocsIT extends ApiDocsContract {

    @DynamicPropertySource
    static void keyFileAndStore(DynamicPropertyRegistry registry) {
        registry.add("lienket.identity.key-file", IdentityProviderTest.KEY::toString);
        registry.add("lienket.store.uri", EmbeddedStore::uri);
    }
}
