package vn.lienket.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A token whose signature was verified is not parsed and verified again on each of its requests:
 * its claims are kept for {@code ttl} (at most {@code maxTokens} tokens), and what can change
 * between two requests is checked again every time with the decoder's own validators: expiry,
 * audience, the disabled principals. A token signed by a key the identity provider has since
 * retired is refused within {@code ttl}; the services behind check every token themselves.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private record Verified(Jwt jwt, long at) {
    }

    private final ReactiveJwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final long ttlNanos;
    private final int maxTokens;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(ReactiveJwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, Duration ttl, int maxTokens) {
        this.decoder = decoder;
        this.validator = validator;
        this.ttlNanos = ttl.toNanos();
        this.maxTokens = maxTokens;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        long now = System.nanoTime();
        Verified known = verified.get(token);
        if (known == null || now - known.at() >= ttlNanos) {
            return decoder.decode(token).doOnNext(jwt -> remember(token, jwt, now));
        }
        OAuth2TokenValidatorResult result = validator.validate(known.jwt());
        if (result.hasErrors()) {
            verified.remove(token);
            return Mono.error(new JwtValidationException(result.getErrors().iterator().next().getDescription(),
                    result.getErrors()));
        }
        return Mono.just(known.jwt());
    }

    /** How many tokens are kept now. */
    int size() {
        return verified.size();
    }

    private void remember(String token, Jwt jwt, long now) {
        if (verified.size() >= maxTokens) {
            verified.values().removeIf(v -> now - v.at() >= ttlNanos);
            if (verified.size() >= maxTokens) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(jwt, now));
    }
}
