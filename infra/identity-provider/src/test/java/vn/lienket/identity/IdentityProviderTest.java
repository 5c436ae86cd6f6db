package vn.lienket.identity;

import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.support.testing.EmbeddedStore;

/**
 * The identity provider on a random port with its key ring in a file of its own, its clients and
 * people in the embedded store (seeded from configuration at first start); the tests share one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IdentityProviderTest {

    static final Path KEY = IdentityClient.tempKeyFile();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void keyFileAndStore(DynamicPropertyRegistry registry) {
        registry.add("lienket.identity.key-file", KEY::toString);
        registry.add("lienket.store.uri", EmbeddedStore::uri);
    }
}
