package vn.lienket.plan.masterplan;

import vn.lienket.plan.programme.Programme;
import vn.lienket.support.security.Caller;
import vn.lienket.support.security.Roles;
import vn.lienket.support.web.ApiException;

/**
 * Who may do what with a programme's master plans, in one place: its participants (the lead and
 * every member, past or present) read them; the lead authority's coordinators create, edit,
 * publish and close them, and read their audit.
 */
final class PlanAccess {

    private PlanAccess() {
    }

    /** 403 unless the caller acts for the lead authority or a member, now or before. */
    static Programme requireReader(Programme programme, Caller caller) {
        if (!programme.isParticipant(caller.tenant())) {
            throw ApiException.forbidden(caller.tenant() + " is not part of programme " + programme.id());
        }
        return programme;
    }

    /** 403 unless the caller is a coordinator of the programme's lead authority. */
    static Programme requireLead(Programme programme, Caller caller) {
        caller.requireTenantRole(programme.leadAuthority(), Roles.COORDINATOR);
        return programme;
    }
}
