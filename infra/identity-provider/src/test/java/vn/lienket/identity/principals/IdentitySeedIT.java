package vn.lienket.identity.principals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienket.identity.IdentityProviderTest;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.access.Roles;

/**
 * The configured clients and people are ordinary records, registered at first start through the
 * registries with their audit, stored hashed, and never written again by a later start.
 */
class IdentitySeedIT extends IdentityProviderTest {

    static final Caller PLATFORM_ADMIN = new Caller("platform-admin", "platform", Set.of(Roles.PLATFORM_ADMIN));

    @Autowired
    IdentitySeed seed;
    @Autowired
    PrincipalStore store;
    @Autowired
    ClientRegistry clients;
    @Autowired
    Credentials credentials;

    @Test
    void aSeededClientIsAStoredRecordWithAHashedSecretAndTheSeedAsItsAuthor() {
        Principal viewer = store.find("kien-giang-viewer").orElseThrow().value();

        assertThat(viewer.kind()).isEqualTo(Principal.Kind.CLIENT);
        assertThat(viewer.tenant()).isEqualTo("kien-giang");
        assertThat(viewer.credential()).startsWith("{bcrypt}").doesNotContain("local-secret");
        assertThat(credentials.matches("kien-giang-viewer-local-secret", viewer.credential())).isTrue();
        AuditEntry registered = store.audit(Optional.of("kien-giang")).stream()
                .filter(a -> a.subject().equals("kien-giang-viewer")).findFirst().orElseThrow().entry();
        assertThat(registered.principal()).isEqualTo(IdentitySeed.SEED);
        assertThat(registered.action()).isEqualTo("client-registered");
    }

    @Test
    void aLaterStartLeavesWhatTheApiChangedAlone() {
        ClientRegistry.Issued rotated = clients.rotateSecret(PLATFORM_ADMIN, "lai-chau");
        long revision = store.find("lai-chau").orElseThrow().revision();

        seed.afterSingletonsInstantiated();

        Principal laiChau = store.find("lai-chau").orElseThrow().value();
        assertThat(store.find("lai-chau").orElseThrow().revision()).isEqualTo(revision);
        assertThat(credentials.matches(rotated.clientSecret(), laiChau.credential())).isTrue();
        assertThat(credentials.matches("lai-chau-local-secret", laiChau.credential())).isFalse();
    }
}
