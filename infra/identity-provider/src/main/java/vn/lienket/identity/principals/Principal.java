package vn.lienket.identity.principals;

import java.time.Instant;
import java.util.List;

/**
 * A client or a person: the {@code sub} of its tokens ({@code id}), the tenant it acts for and its
 * roles. One collection holds both, so that a client id and a username can never be the same
 * subject (a token's {@code sub} names either).
 *
 * @param credential the hashed client secret or password, with its encoding prefix ({@code {bcrypt}…})
 */
record Principal(String id, Kind kind, String tenant, List<String> roles, String credential, boolean disabled,
                 Instant createdAt) {

    enum Kind { CLIENT, PERSON }

    Principal {
        roles = List.copyOf(roles);
    }

    Principal withCredential(String hashed) {
        return new Principal(id, kind, tenant, roles, hashed, disabled, createdAt);
    }

    Principal withRoles(List<String> newRoles) {
        return new Principal(id, kind, tenant, newRoles, credential, disabled, createdAt);
    }

    Principal disable() {
        return new Principal(id, kind, tenant, roles, credential, true, createdAt);
    }
}
