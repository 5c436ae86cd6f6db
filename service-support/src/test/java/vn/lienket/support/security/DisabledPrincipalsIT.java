package vn.lienket.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import vn.lienket.access.Roles;
import vn.lienket.security.DisabledPrincipals;
import vn.lienket.security.DisabledPrincipalsConfiguration;
import vn.lienket.support.testing.DisabledListServer;
import vn.lienket.support.testing.TestTokens;

/**
 * A service's JwtDecoder, as Spring Boot configures it from the JWKS, refuses the token of a
 * principal the identity provider lists as disabled once its list has refreshed, and keeps the last
 * list when the identity provider cannot answer (fail open on the refresh, shown in health).
 */
class DisabledPrincipalsIT {

    /** The servlet security a service has, so that Boot's resource-server configuration applies. */
    @EnableWebSecurity
    static class WebSecurity {
    }

    DisabledListServer identityProvider;

    @BeforeEach
    void start() {
        identityProvider = new DisabledListServer();
    }

    @AfterEach
    void stop() {
        identityProvider.close();
    }

    WebApplicationContextRunner service() {
        return new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(OAuth2ResourceServerAutoConfiguration.class))
                .withUserConfiguration(WebSecurity.class, DisabledPrincipalsConfiguration.class)
                .withPropertyValues(
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwksUri(),
                        "spring.security.oauth2.resourceserver.jwt.audiences=lienket",
                        "lienket.security.disabled-principals.uri=" + identityProvider.uri(),
                        "lienket.security.disabled-principals.refresh=100ms");
    }

    @Test
    void aTokenIssuedBeforeItsPrincipalWasDisabledIsRefusedOnceTheListRefreshes() {
        String before = TestTokens.token("kien-giang", Roles.PLANNER);
        String other = TestTokens.token("soc-trang", Roles.PLANNER);
        service().run(context -> {
            JwtDecoder decoder = context.getBean(JwtDecoder.class);
            assertThat(decoder.decode(before).getSubject()).isEqualTo("kien-giang");

            identityProvider.disable("kien-giang");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThatThrownBy(() -> decoder.decode(before))
                    .isInstanceOf(JwtValidationException.class).hasMessageContaining("kien-giang is disabled"));
            assertThat(decoder.decode(other).getSubject()).as("others still pass").isEqualTo("soc-trang");
            assertThatThrownBy(() -> decoder.decode(TestTokens.forAudience("elsewhere", "soc-trang")))
                    .as("the audience is still checked beside it").isInstanceOf(JwtValidationException.class);
        });
    }

    @Test
    void whenTheListCannotBeFetchedTheLastOneStaysInForceAndHealthSaysSo() {
        String token = TestTokens.token("kien-giang", Roles.PLANNER);
        identityProvider.disable("kien-giang");
        service().run(context -> {
            JwtDecoder decoder = context.getBean(JwtDecoder.class);
            DisabledPrincipals disabled = context.getBean(DisabledPrincipals.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> disabled.size() == 1);

            identityProvider.answer(503);
            long failuresBefore = disabled.refreshFailures();

            await().atMost(Duration.ofSeconds(10)).until(() -> disabled.refreshFailures() > failuresBefore + 2);
            assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
            var health = context.getBean("disabledPrincipalsHealth", HealthIndicator.class).health(true);
            assertThat(health.getStatus().getCode()).isEqualTo("UP");
            assertThat(health.getDetails()).containsEntry("disabled", 1).containsKey("lastError");
            await().atMost(Duration.ofSeconds(10)).until(disabled::isStale);
        });
    }

    @Test
    void withoutAnAddressTheListIsFetchedBesideTheJwks() {
        assertThat(DisabledPrincipals.besideJwks("http://identity:9000/oauth2/jwks"))
                .hasToString("http://identity:9000/oauth2/disabled");
        assertThat(List.of(DisabledPrincipals.besideJwks("http://127.0.0.1:9000/oauth2/jwks/").toString()))
                .containsExactly("http://127.0.0.1:9000/oauth2/disabled");
    }
}
