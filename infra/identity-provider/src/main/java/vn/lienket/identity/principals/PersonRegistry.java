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
import vn.lienket.support.web.EntityTags;

/**
 * The people who sign in to the console. An authority's admin creates the people of its own tenant
 * (a first password is generated and answered once), sets their roles under {@code If-Match},
 * disables them; a platform admin may do so for any tenant. A person changes their own password.
 */
@Service
class PersonRegistry {

    static final int MIN_PASSWORD = 12;

    private final PrincipalStore store;
    private final Credentials credentials;
    private final Clock clock;

    PersonRegistry(PrincipalStore store, Credentials credentials, Clock clock) {
        this.store = store;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** What a creation asks for; {@code tenant} defaults to the caller's own. */
    record NewPerson(String username, String tenant, List<String> roles) {
    }

    record PersonView(String username, String tenant, List<String> roles, boolean disabled, Instant createdAt) {

        static PersonView of(Principal person) {
            return new PersonView(person.id(), person.tenant(), person.roles(), person.disabled(), person.createdAt());
        }
    }

    /** The answer of a creation: the only time the first password is shown. */
    record Created(PersonView person, String initialPassword, long revision) {
    }

    Created create(Caller caller, NewPerson request) {
        String password = credentials.generate();
        Versioned<PersonView> created = create(caller, request, credentials.hash(password));
        return new Created(created.value(), password, created.revision());
    }

    /** A person whose password configuration gives (the seed); the same checks, the same audit. */
    PersonView createConfigured(Caller caller, NewPerson request, String configuredPassword) {
        return create(caller, request, credentials.fromConfiguration(configuredPassword)).value();
    }

    private Versioned<PersonView> create(Caller caller, NewPerson request, String hashedPassword) {
        String username = Fields.id("username", request.username());
        String tenant = Fields.tenant(request.tenant() == null ? caller.tenant() : request.tenant());
        List<String> roles = Fields.roles(request.roles());
        IdentityAccess.requireMayManagePeopleOf(caller, tenant);
        IdentityAccess.requireMayGrant(caller, roles);
        Instant now = clock.instant();
        Principal person = new Principal(username, Principal.Kind.PERSON, tenant, roles, hashedPassword, false, now);
        try {
            store.insert(person, AuditEntry.by(caller, "person-created",
                    "person " + username + " created for " + tenant + " with roles " + roles, now));
        } catch (PrincipalStore.AlreadyTaken e) {
            throw Fields.taken("username", username);
        }
        return new Versioned<>(PersonView.of(person), 1L);
    }

    /** The people of one tenant: the caller's own unless a platform admin names another (or none, for all). */
    List<PersonView> list(Caller caller, String tenant) {
        Optional<String> of = Optional.ofNullable(tenant).or(() -> IdentityAccess.isPlatformAdmin(caller)
                ? Optional.empty() : Optional.ofNullable(caller.tenant()));
        if (of.isPresent()) {
            IdentityAccess.requireMayManagePeopleOf(caller, of.get());
        } else {
            IdentityAccess.requirePlatformAdmin(caller);
        }
        return store.all(Principal.Kind.PERSON, of).stream().map(PersonView::of).toList();
    }

    Versioned<PersonView> get(Caller caller, String username) {
        Versioned<Principal> person = find(caller, username);
        return new Versioned<>(PersonView.of(person.value()), person.revision());
    }

    Versioned<PersonView> setRoles(Caller caller, String username, List<String> requested, String ifMatch) {
        Versioned<Principal> current = find(caller, username);
        EntityTags.require(ifMatch, current.revision());
        List<String> roles = Fields.roles(requested);
        IdentityAccess.requireMayGrant(caller, roles);
        IdentityAccess.requireMayGrant(caller, current.value().roles()); // nor takes it away
        Principal changed = current.value().withRoles(roles);
        store.update(changed, current.revision(), AuditEntry.by(caller, "person-roles-set",
                "roles of " + username + " set from " + current.value().roles() + " to " + roles, clock.instant()));
        return new Versioned<>(PersonView.of(changed), current.revision() + 1);
    }

    Versioned<PersonView> disable(Caller caller, String username) {
        Versioned<Principal> current = find(caller, username);
        IdentityAccess.requireMayGrant(caller, current.value().roles()); // a platform admin is disabled by another
        if (current.value().disabled()) {
            return new Versioned<>(PersonView.of(current.value()), current.revision());
        }
        Principal disabled = current.value().disable();
        store.update(disabled, current.revision(), AuditEntry.by(caller, "person-disabled",
                "person " + username + " disabled", clock.instant()));
        return new Versioned<>(PersonView.of(disabled), current.revision() + 1);
    }

    /** The caller's own password: the current one proves it is them, the new one replaces it. */
    void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        Versioned<Principal> me = store.find(caller.principal(), Principal.Kind.PERSON)
                .orElseThrow(() -> ApiException.forbidden("Only a person who signs in has a password; "
                        + caller.principal() + " is not one"));
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw ApiException.invalid("currentPassword", "currentPassword is required");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD) {
            throw ApiException.invalid("newPassword", "newPassword must have at least " + MIN_PASSWORD + " characters");
        }
        if (!credentials.matches(currentPassword, me.value().credential())) {
            throw ApiException.invalid("currentPassword", "currentPassword is not the password of " + caller.principal());
        }
        if (newPassword.equals(currentPassword)) {
            throw ApiException.invalid("newPassword", "newPassword must differ from the current one");
        }
        store.update(me.value().withCredential(credentials.hash(newPassword)), me.revision(),
                AuditEntry.by(caller, "person-password-changed", "password of " + caller.principal() + " changed",
                        clock.instant()));
    }

    /** The person, if the caller may manage the people of their tenant; 404 alike for another tenant's unknown. */
    private Versioned<Principal> find(Caller caller, String username) {
        Versioned<Principal> person = store.find(username, Principal.Kind.PERSON)
                .orElseThrow(() -> ApiException.notFound("No person " + username));
        IdentityAccess.requireMayManagePeopleOf(caller, person.value().tenant());
        return person;
    }
}
