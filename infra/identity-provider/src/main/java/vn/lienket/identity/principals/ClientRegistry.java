package vn.lienket.identity.principals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.ApiException;

/**
 * The clients: one per authority's system, with the tenant it acts for and its roles. A platform
 * admin registers one (its secret is generated and answered once), rotates its secret, disables it.
 * The seeded clients are registered here too, by {@link IdentitySeed}.
 */
@Service
class ClientRegistry {

    private final PrincipalStore store;
    private final Credentials credentials;
    private final Clock clock;

    ClientRegistry(PrincipalStore store, Credentials credentials, Clock clock) {
        this.store = store;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** What a registration asks for. */
    record Registration(String clientId, String tenant, List<String> roles) {
    }

    /** A client as anyone may read it: never its secret. */
    record ClientView(String clientId, String tenant, List<String> roles, boolean disabled, Instant createdAt) {

        static ClientView of(Principal client) {
            return new ClientView(client.id(), client.tenant(), client.roles(), client.disabled(), client.createdAt());
        }
    }

    /** The answer of a registration or a rotation: the only time the secret is shown. */
    record Issued(ClientView client, String clientSecret) {
    }

    /** Registers a client with a new secret, answered here once. */
    Issued register(Caller caller, Registration registration) {
        String secret = credentials.generate();
        return new Issued(register(caller, registration, credentials.hash(secret)), secret);
    }

    /** Registers a client whose secret configuration gives (the seed); the same checks, the same audit. */
    ClientView registerConfigured(Caller caller, Registration registration, String configuredSecret) {
        return register(caller, registration, credentials.fromConfiguration(configuredSecret));
    }

    private ClientView register(Caller caller, Registration registration, String hashedSecret) {
        IdentityAccess.requirePlatformAdmin(caller);
        String clientId = Fields.id("clientId", registration.clientId());
        String tenant = Fields.tenant(registration.tenant());
        List<String> roles = Fields.roles(registration.roles());
        Instant now = clock.instant();
        Principal client = new Principal(clientId, Principal.Kind.CLIENT, tenant, roles, hashedSecret, false, now);
        try {
            store.insert(client, AuditEntry.by(caller, "client-registered",
                    "client " + clientId + " registered for " + tenant + " with roles " + roles, now));
        } catch (PrincipalStore.AlreadyTaken e) {
            throw Fields.taken("clientId", clientId);
        }
        return ClientView.of(client);
    }

    List<ClientView> list(Caller caller) {
        IdentityAccess.requirePlatformAdmin(caller);
        return store.all(Principal.Kind.CLIENT, Optional.empty()).stream().map(ClientView::of).toList();
    }

    ClientView get(Caller caller, String clientId) {
        IdentityAccess.requirePlatformAdmin(caller);
        return ClientView.of(find(clientId).value());
    }

    /** A new secret; the old one is refused from now on (tokens it got stay valid until they expire). */
    Issued rotateSecret(Caller caller, String clientId) {
        IdentityAccess.requirePlatformAdmin(caller);
        Versioned<Principal> current = find(clientId);
        if (current.value().disabled()) {
            throw Fields.conflict("clientId", clientId + " is disabled; a disabled client's secret is not rotated");
        }
        String secret = credentials.generate();
        Principal rotated = current.value().withCredential(credentials.hash(secret));
        store.update(rotated, current.revision(), AuditEntry.by(caller, "client-secret-rotated",
                "secret of client " + clientId + " rotated", clock.instant()));
        return new Issued(ClientView.of(rotated), secret);
    }

    /** Disabled for good: no new token, and tokens already issued are refused wherever the list has reached. */
    ClientView disable(Caller caller, String clientId) {
        IdentityAccess.requirePlatformAdmin(caller);
        Versioned<Principal> current = find(clientId);
        if (current.value().disabled()) {
            return ClientView.of(current.value());
        }
        Principal disabled = current.value().disable();
        store.update(disabled, current.revision(), AuditEntry.by(caller, "client-disabled",
                "client " + clientId + " disabled", clock.instant()));
        return ClientView.of(disabled);
    }

    private Versioned<Principal> find(String clientId) {
        return store.find(clientId, Principal.Kind.CLIENT)
                .orElseThrow(() -> ApiException.notFound("No client " + clientId));
    }
}
