package vn.lienket.identity.principals;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Secrets and passwords: generated from a strong random source, stored only as a hash (bcrypt, with
 * its {@code {bcrypt}} prefix, through the same delegating encoder that checks them at sign-in and at
 * the token endpoint). A generated secret is shown to its caller once and never stored in clear.
 */
@Component
class Credentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordEncoder encoder;

    Credentials(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** A new secret: 32 random bytes, base64url, about 43 characters. */
    String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String hash(String raw) {
        return encoder.encode(raw);
    }

    boolean matches(String raw, String hashed) {
        return raw != null && hashed != null && encoder.matches(raw, hashed);
    }

    /**
     * What configuration gives for a seeded client or person, as it is stored: a {@code {noop}} value
     * is hashed here, one already hashed ({@code {bcrypt}…}, {@code {argon2}…}) is kept as given.
     */
    String fromConfiguration(String configured) {
        if (configured.startsWith("{noop}")) {
            return hash(configured.substring("{noop}".length()));
        }
        if (!configured.startsWith("{")) {
            return hash(configured);
        }
        return configured;
    }
}
