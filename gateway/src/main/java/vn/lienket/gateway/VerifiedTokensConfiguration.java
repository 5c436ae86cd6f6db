package vn.lienket.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The JwtDecoder Spring Boot configures (JWKS, algorithms, validators), behind {@link VerifiedTokens}:
 * on a token seen before, only the validators run again, the same ones the decoder runs (expiry,
 * the audiences of {@code spring.security.oauth2.resourceserver.jwt.audiences}, and every
 * {@code OAuth2TokenValidator<Jwt>} bean, the disabled principals among them).
 * {@code lienket.gateway.verified-tokens.ttl} (60 s) and {@code …max} (10 000) bound it.
 */
@Configuration(proxyBeanMethods = false)
class VerifiedTokensConfiguration {

    @Bean
    static BeanPostProcessor verifiedTokens(ObjectProvider<OAuth2TokenValidator<Jwt>> validators, Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof ReactiveJwtDecoder decoder) || bean instanceof VerifiedTokens) {
                    return bean;
                }
                List<OAuth2TokenValidator<Jwt>> all = new ArrayList<>();
                all.add(new JwtTimestampValidator());
                List<String> audiences = List.of(environment.getProperty(
                        "spring.security.oauth2.resourceserver.jwt.audiences", String[].class, new String[0]));
                if (!audiences.isEmpty()) {
                    all.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                            aud -> aud != null && !Collections.disjoint(aud, audiences)));
                }
                validators.orderedStream().forEach(all::add);
                Duration ttl = DurationStyle.detectAndParse(environment.getProperty("lienket.gateway.verified-tokens.ttl", "60s"));
                int max = environment.getProperty("lienket.gateway.verified-tokens.max", Integer.class, 10_000);
                return new VerifiedTokens(decoder, new DelegatingOAuth2TokenValidator<>(all), ttl, max);
            }
        };
    }
}
