package vn.lienket.identity.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The identity provider's key ring, kept in one file so tokens stay valid across restarts.
 *
 * <p>The newest key signs. {@link #rotate()} makes a new key the signing one and gives the old one an
 * expiry (the JWK {@code exp}) one token lifetime away: it stays in the published JWKS until every
 * token it signed has expired, then drops out. Services fetch the JWKS again when a token names a
 * key they have not seen, so a rotation needs no restart anywhere.
 *
 * <p>The file is a JWK set with the private parts, readable by its owner only. It is read at start;
 * one identity-provider instance owns it.
 */
public final class SigningKeys {

    private final Path file;
    private final Duration tokenTtl;
    private final Clock clock;
    private volatile List<RSAKey> keys;

    public SigningKeys(Path file, Duration tokenTtl, Clock clock) {
        this.file = file;
        this.tokenTtl = tokenTtl;
        this.clock = clock;
        this.keys = Files.exists(file) ? read(file) : List.of();
        if (keys.isEmpty()) {
            keys = List.of(generate());
            write();
        }
    }

    /** The key that signs new tokens. */
    public RSAKey active() {
        return keys.get(0);
    }

    /** The public halves of the signing key and of every retired key that may still have live tokens. */
    public JWKSet published() {
        Instant now = clock.instant();
        return new JWKSet(live(now).stream().map(k -> (JWK) k.toPublicJWK()).toList());
    }

    /** Every key on the ring that is still published, newest first, without private parts. */
    public List<RSAKey> ring() {
        return live(clock.instant()).stream().map(RSAKey::toPublicJWK).toList();
    }

    /** A new signing key; the previous one is published until the tokens it signed have expired. */
    public synchronized RSAKey rotate() {
        Instant now = clock.instant();
        List<RSAKey> next = new ArrayList<>();
        next.add(generate());
        for (RSAKey key : live(now)) {
            next.add(key.getExpirationTime() != null ? key
                    : new RSAKey.Builder(key).expirationTime(Date.from(now.plus(tokenTtl))).build());
        }
        keys = List.copyOf(next);
        write();
        return active();
    }

    private List<RSAKey> live(Instant now) {
        return keys.stream().filter(k -> k.getExpirationTime() == null || k.getExpirationTime().toInstant().isAfter(now)).toList();
    }

    private RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).issueTime(Date.from(clock.instant())).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA signing key", e);
        }
    }

    /** Reads the ring; a file from before rotation existed holds one bare key, which stays the signing key. */
    private static List<RSAKey> read(Path file) {
        try {
            String json = Files.readString(file);
            List<JWK> found = json.contains("\"keys\"") ? JWKSet.parse(json).getKeys() : List.of(JWK.parse(json));
            return found.stream().map(JWK::toRSAKey).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing keys in " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the signing keys in " + file + " are not a JWK set: " + e.getMessage(), e);
        }
    }

    /** Replaces the file in one move, so a crash leaves the old ring or the new one, never half of one. */
    private void write() {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "signing-keys", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file keeps the directory's default permissions
            }
            Files.writeString(temp, new JWKSet(List.<JWK>copyOf(keys)).toString(false));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signing keys to " + file, e);
        }
    }
}
