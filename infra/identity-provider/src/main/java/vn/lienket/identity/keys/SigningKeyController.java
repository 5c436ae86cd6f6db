package vn.lienket.identity.keys;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform admins see the key ring and rotate it; the security chain admits no one else. */
@RestController
@RequestMapping("/signing-keys")
class SigningKeyController {

    private final SigningKeys keys;

    SigningKeyController(SigningKeys keys) {
        this.keys = keys;
    }

    /** A published key: {@code expiresAt} is empty for the signing key, set for a retired one. */
    record KeyView(String kid, boolean signing, Instant issuedAt, Instant expiresAt) {

        static KeyView of(RSAKey key, String activeKid) {
            return new KeyView(key.getKeyID(), key.getKeyID().equals(activeKid), instant(key.getIssueTime()),
                    instant(key.getExpirationTime()));
        }

        private static Instant instant(Date date) {
            return date == null ? null : date.toInstant();
        }
    }

    @GetMapping
    List<KeyView> ring() {
        String active = keys.active().getKeyID();
        return keys.ring().stream().map(k -> KeyView.of(k, active)).toList();
    }

    @PostMapping("/rotate")
    List<KeyView> rotate() {
        keys.rotate();
        return ring();
    }
}
