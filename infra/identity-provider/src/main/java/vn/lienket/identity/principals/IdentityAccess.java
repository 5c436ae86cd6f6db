package vn.lienket.identity.principals;

import java.util.Collection;
import java.util.Optional;

import vn.lienket.support.security.Caller;
import vn.lienket.access.Roles;
import vn.lienket.support.web.ApiException;

/**
 * Who may change whom, in one place: a platform admin registers and manages clients and any
 * tenant's people; an authority's admin manages the people of its own tenant only; only a platform
 * admin grants {@code platform-admin}. Every check is a 403 problem for anyone else.
 */
final class IdentityAccess {

    private IdentityAccess() {
    }

    static boolean isPlatformAdmin(Caller caller) {
        return caller.hasRole(Roles.PLATFORM_ADMIN);
    }

    /** Clients, their secrets and their disabling: {@code platform-admin}. */
    static void requirePlatformAdmin(Caller caller) {
        if (!isPlatformAdmin(caller)) {
            throw ApiException.forbidden("This needs the " + Roles.PLATFORM_ADMIN + " role");
        }
    }

    /** The people of a tenant: its own {@code authority-admin}, or a platform admin. */
    static void requireMayManagePeopleOf(Caller caller, String tenant) {
        if (isPlatformAdmin(caller)) {
            return;
        }
        if (!caller.hasRole(Roles.AUTHORITY_ADMIN)) {
            throw ApiException.forbidden("This needs the " + Roles.AUTHORITY_ADMIN + " role of " + tenant);
        }
        caller.requireTenant(tenant);
    }

    /** {@code platform-admin} is granted by a platform admin only. */
    static void requireMayGrant(Caller caller, Collection<String> roles) {
        if (roles.contains(Roles.PLATFORM_ADMIN) && !isPlatformAdmin(caller)) {
            throw ApiException.forbidden("Only a platform admin grants " + Roles.PLATFORM_ADMIN);
        }
    }

    /**
     * The audit trail: a platform admin reads all of it, an authority's admin that of its own
     * tenant's clients and people (the tenant it may read, or empty for all).
     */
    static Optional<String> requireMayReadAudit(Caller caller) {
        if (isPlatformAdmin(caller)) {
            return Optional.empty();
        }
        if (caller.hasRole(Roles.AUTHORITY_ADMIN) && caller.tenant() != null) {
            return Optional.of(caller.tenant());
        }
        throw ApiException.forbidden("The identity audit is for platform admins and an authority's admin");
    }
}
