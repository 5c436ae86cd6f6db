package vn.lienket.identity.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    static final Duration TTL = Duration.ofHours(1);

    @TempDir
    Path dir;

    Instant now = Instant.parse("2026-11-23T02:00:00Z");

    Clock clock() {
        return new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void aRotatedKeyIsPublishedUntilItsTokensHaveExpiredThenDropsOut() {
        SigningKeys keys = new SigningKeys(dir.resolve("keys.json"), TTL, clock());
        String first = keys.active().getKeyID();

        String second = keys.rotate().getKeyID();

        assertThat(second).isNotEqualTo(first);
        assertThat(keys.published().getKeys()).extracting(JWK::getKeyID).containsExactly(second, first);
        assertThat(keys.published().getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
        now = now.plus(TTL).minusSeconds(1);
        assertThat(keys.published().getKeys()).extracting(JWK::getKeyID).containsExactly(second, first);
        now = now.plusSeconds(2);
        assertThat(keys.published().getKeys()).extracting(JWK::getKeyID).containsExactly(second);
    }

    @Test
    void twoRotationsInOneTokenLifetimeKeepBothRetiredKeysWithTheirFirstExpiry() {
        SigningKeys keys = new SigningKeys(dir.resolve("keys.json"), TTL, clock());
        String first = keys.active().getKeyID();
        keys.rotate();
        now = now.plus(Duration.ofMinutes(10));

        keys.rotate();

        assertThat(keys.ring()).hasSize(3);
        RSAKey oldest = keys.ring().get(2);
        assertThat(oldest.getKeyID()).isEqualTo(first);
        assertThat(oldest.getExpirationTime().toInstant()).isEqualTo(Instant.parse("2026-11-23T03:00:00Z"));
    }

    @Test
    void theRingSurvivesARestart() {
        Path file = dir.resolve("keys.json");
        SigningKeys before = new SigningKeys(file, TTL, clock());
        before.rotate();

        SigningKeys after = new SigningKeys(file, TTL, clock());

        assertThat(after.active()).isEqualTo(before.active());
        assertThat(after.ring()).extracting(JWK::getKeyID).containsExactlyElementsOf(before.ring().stream().map(JWK::getKeyID).toList());
    }

    @Test
    void aSingleKeyFileFromBeforeRotationStaysTheSigningKey() throws Exception {
        Path file = dir.resolve("signing-key.json");
        RSAKey legacy = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        Files.writeString(file, legacy.toJSONString());

        SigningKeys keys = new SigningKeys(file, TTL, clock());

        assertThat(keys.active().getKeyID()).isEqualTo(legacy.getKeyID());
        assertThat(keys.active().isPrivate()).isTrue();
    }
}
