package vn.lienket.plan.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import vn.lienket.access.Policy;
import vn.lienket.access.Relation;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.programme.Programme;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.security.Caller;
import vn.lienket.support.security.ResourceRelations;

/**
 * How a caller stands to a programme: the one the path names, the one of the plan it names, or
 * the one {@code ?programme=} names. Its lead is LEAD, a member that has not left is a PARTY; one
 * that left reads nothing of it any more, and keeps its own derived plans in province-service.
 */
@Component
class PlanRelations implements ResourceRelations {

    private final Programmes programmes;
    private final MasterPlans masterPlans;

    PlanRelations(Programmes programmes, MasterPlans masterPlans) {
        this.programmes = programmes;
        this.masterPlans = masterPlans;
    }

    @Override
    public Relation relationOf(Caller caller, Policy.Match match, HttpServletRequest request) {
        String programmeId = match.variables().get("programmeId");
        String planId = match.variables().get("planId");
        if (programmeId == null && planId != null) {
            programmeId = masterPlans.find(planId).map(p -> p.value().programmeId()).orElse(null);
        }
        if (programmeId == null && planId == null) {
            programmeId = request.getParameter("programme");
        }
        if (programmeId == null) {
            return Relation.UNKNOWN;
        }
        return programmes.find(programmeId).map(p -> relation(p, caller.tenant())).orElse(Relation.UNKNOWN);
    }

    private static Relation relation(Programme programme, String authority) {
        if (programme.leadAuthority().equals(authority)) {
            return Relation.LEAD;
        }
        return programme.isMember(authority) ? Relation.PARTY : Relation.NONE;
    }
}
