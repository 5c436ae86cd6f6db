package vn.lienket.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import vn.lienket.security.DisabledPrincipals;
import vn.lienket.security.DisabledPrincipalsConfiguration;
import vn.lienket.support.testing.DisabledListServer;
import vn.lienket.support.testing.TestTokens;

/**
 * The gateway's (reactive) JwtDecoder, as Spring Boot configures it, refuses the token of a
 * principal the identity provider lists as disabled once the list has refreshed, and keeps the
 * last list while the identity provider cannot answer.
 */
class DisabledPrincipalsGatewayIT {

    @EnableWebFluxSecurity
    static class WebFluxSecurity {
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

    @Test
    void aTokenOfADisabledPrincipalIsRefusedAtTheGatewayAndTheListOutlivesAnOutage() {
        String before = TestTokens.token("kien-giang", "planner");
        new ReactiveWebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ReactiveOAuth2ResourceServerAutoConfiguration.class))
                .withUserConfiguration(WebFluxSecurity.class, DisabledPrincipalsConfiguration.class)
                .withPropertyValues(
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwksUri(),
                        "spring.security.oauth2.resourceserver.jwt.audiences=lienket",
                        "lienket.security.disabled-principals.uri=" + identityProvider.uri(),
                        "lienket.security.disabled-principals.refresh=100ms")
                .run(context -> {
                    ReactiveJwtDecoder decoder = context.getBean(ReactiveJwtDecoder.class);
                    DisabledPrincipals disabled = context.getBean(DisabledPrincipals.class);
                    assertThat(decoder.decode(before).block().getSubject()).isEqualTo("kien-giang");

                    identityProvider.disable("kien-giang");
                    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThatThrownBy(() -> decoder.decode(before).block())
                            .isInstanceOf(JwtValidationException.class).hasMessageContaining("kien-giang is disabled"));

                    identityProvider.answer(500);
                    long failures = disabled.refreshFailures();
                    await().atMost(Duration.ofSeconds(10)).until(() -> disabled.refreshFailures() > failures + 2);
                    assertThatThrownBy(() -> decoder.decode(before).block()).isInstanceOf(JwtValidationException.class);
                    assertThat(decoder.decode(TestTokens.token("soc-trang", "planner")).block().getSubject()).isEqualTo("soc-trang");
                    assertThat(disabled.state()).containsKey("lastError");
                });
    }
}
