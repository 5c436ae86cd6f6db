package vn.lienket.support.testing;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a service under test at the embedded store and the test JWKS. */
public class ServiceTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("lienket-test-infrastructure", Map.of(
                "lienket.store.uri", EmbeddedStore.uri(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens.jwksUri(),
                "lienket.outbox.poll-interval", "200ms")));
    }
}
