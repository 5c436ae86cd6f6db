package vn.lienket.security;

import java.net.URI;
import java.time.Clock;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The disabled-principals check in every service. Spring Boot adds every
 * {@code OAuth2TokenValidator<Jwt>} bean to the JwtDecoder it configures from
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}, beside the expiry and audience
 * checks, so the bean below is all it takes.
 *
 * <p>{@code lienket.security.disabled-principals.uri} names the list (by default beside the JWKS,
 * at the identity provider's {@code /oauth2/disabled}); {@code …refresh} how often it is fetched
 * (30 s; a disabled principal is refused within that, plus the fetch).
 */
@Configuration(proxyBeanMethods = false)
public class DisabledPrincipalsConfiguration {

    @Bean(destroyMethod = "close")
    DisabledPrincipals disabledPrincipals(
            @Value("${lienket.security.disabled-principals.uri:}") String uri,
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:http://127.0.0.1:9000/oauth2/jwks}") String jwks,
            @Value("${lienket.security.disabled-principals.refresh:30s}") String refresh,
            ObjectProvider<Clock> clock) {
        URI source = uri.isBlank() ? DisabledPrincipals.besideJwks(jwks) : URI.create(uri);
        return new DisabledPrincipals(source, DurationStyle.detectAndParse(refresh), clock.getIfAvailable(Clock::systemUTC))
                .start();
    }

    /**
     * Always UP: a list that cannot be refreshed stays in force (fail open), and taking the service
     * out of rotation for it would refuse everyone. Its details say whether the list is stale.
     */
    @Bean
    HealthIndicator disabledPrincipalsHealth(DisabledPrincipals disabled) {
        return () -> Health.up().withDetails(disabled.state()).build();
    }

    /** The list's size, its age and the failed fetches, on every registry (Prometheus included). */
    @Bean
    MeterBinder disabledPrincipalsMetrics(DisabledPrincipals disabled) {
        return registry -> {
            Gauge.builder("lienket.disabled.principals", disabled, DisabledPrincipals::size)
                    .description("Principals the identity provider has disabled, as last fetched").register(registry);
            Gauge.builder("lienket.disabled.principals.age", disabled, DisabledPrincipals::ageSeconds)
                    .baseUnit("seconds").description("Since the disabled list was last fetched; -1 before the first")
                    .register(registry);
            FunctionCounter.builder("lienket.disabled.principals.refresh.failures", disabled,
                            DisabledPrincipals::refreshFailures)
                    .description("Fetches of the disabled list that failed (the last list stayed in force)")
                    .register(registry);
        };
    }
}
