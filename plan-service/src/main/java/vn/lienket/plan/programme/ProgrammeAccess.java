package vn.lienket.plan.programme;

import vn.lienket.support.security.Caller;
import vn.lienket.support.security.Roles;
import vn.lienket.support.web.ApiException;

/**
 * Who may do what with a programme, in one place: a platform admin creates programmes and sees
 * them all; the lead authority's coordinator (or a platform admin) changes its members, archives
 * it and reads its trail; the lead and the members, now or before, read it.
 */
final class ProgrammeAccess {

    private ProgrammeAccess() {
    }

    static boolean isPlatformAdmin(Caller caller) {
        return caller.hasRole(Roles.PLATFORM_ADMIN);
    }

    static void requirePlatformAdmin(Caller caller) {
        if (!isPlatformAdmin(caller)) {
            throw ApiException.forbidden("Programmes are created by a platform admin (role " + Roles.PLATFORM_ADMIN + ")");
        }
    }

    /** Change members, archive, read the trail. */
    static void requireLeadCoordinatorOrPlatformAdmin(Programme programme, Caller caller) {
        if (!isPlatformAdmin(caller)) {
            caller.requireTenantRole(programme.leadAuthority(), Roles.COORDINATOR);
        }
    }

    /** Read one programme: its lead and its members, present or past (the rule GET /api/programmes/{id} always had). */
    static void requireParticipant(Programme programme, Caller caller) {
        if (!programme.isParticipant(caller.tenant())) {
            throw ApiException.forbidden(caller.tenant() + " is not part of programme " + programme.id());
        }
    }

    /** Which programmes the list shows the caller. */
    static boolean listedFor(Programme programme, Caller caller) {
        return isPlatformAdmin(caller) || programme.isParticipant(caller.tenant());
    }
}
