package vn.lienket.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** A token is verified once; what can change between its requests is checked on each. */
class VerifiedTokensTest {

    final AtomicInteger decoded = new AtomicInteger();
    final AtomicBoolean disabled = new AtomicBoolean();

    /** A decoder that counts what it verifies and refuses "forged". */
    final ReactiveJwtDecoder decoder = token -> {
        decoded.incrementAndGet();
        if (token.equals("forged")) {
            return Mono.error(new org.springframework.security.oauth2.jwt.BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).claim("aud", List.of("lienket")).build());
    };

    final OAuth2TokenValidator<Jwt> notDisabled = jwt -> disabled.get()
            ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", jwt.getSubject() + " is disabled", null))
            : OAuth2TokenValidatorResult.success();

    @Test
    void aTokenSeenBeforeIsNotVerifiedAgainButItsValidatorsRunOnEachRequest() {
        VerifiedTokens tokens = new VerifiedTokens(decoder, notDisabled, Duration.ofMinutes(1), 100);

        assertThat(tokens.decode("kien-giang").block().getSubject()).isEqualTo("kien-giang");
        assertThat(tokens.decode("kien-giang").block().getSubject()).isEqualTo("kien-giang");
        assertThat(decoded).hasValue(1);

        disabled.set(true);
        assertThatThrownBy(() -> tokens.decode("kien-giang").block()).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("kien-giang is disabled");
    }

    @Test
    void aTokenThatFailsVerificationIsNeverKept() {
        VerifiedTokens tokens = new VerifiedTokens(decoder, notDisabled, Duration.ofMinutes(1), 100);

        assertThatThrownBy(() -> tokens.decode("forged").block()).hasMessageContaining("bad signature");
        assertThatThrownBy(() -> tokens.decode("forged").block()).hasMessageContaining("bad signature");
        assertThat(decoded).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenIsVerifiedAgainOnceItsTimeIsUpAndTheCacheStaysBounded() {
        VerifiedTokens expiring = new VerifiedTokens(decoder, notDisabled, Duration.ZERO, 100);
        expiring.decode("a").block();
        expiring.decode("a").block();
        assertThat(decoded).hasValue(2);

        VerifiedTokens small = new VerifiedTokens(decoder, notDisabled, Duration.ofMinutes(1), 3);
        for (String token : List.of("a", "b", "c", "d", "e")) {
            small.decode(token).block();
        }
        assertThat(small.size()).isLessThanOrEqualTo(3);
    }
}
