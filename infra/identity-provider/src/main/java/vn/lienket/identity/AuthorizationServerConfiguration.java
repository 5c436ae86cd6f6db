package vn.lienket.identity;

import java.nio.file.Path;
import java.time.Clock;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import vn.lienket.identity.keys.SigningKeys;

/**
 * The signing key ring and what it publishes. The clients, the people and the claims of their
 * tokens come from the store ({@code principals}).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    SigningKeys signingKeys(IdentityProperties properties) {
        return new SigningKeys(Path.of(properties.keyFile()), properties.tokenTtl(), Clock.systemUTC());
    }

    /** What the JWKS endpoint publishes: the signing key and the retired ones whose tokens may still be live. */
    @Bean
    JWKSource<SecurityContext> publishedKeys(SigningKeys keys) {
        return (selector, context) -> selector.select(keys.published());
    }

    /** New tokens are signed by the ring's active key only. */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder((selector, context) -> selector.select(new JWKSet(keys.active())));
    }
}
