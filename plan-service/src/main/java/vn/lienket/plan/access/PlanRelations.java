package vn.lienket.plan.access;

import java.util.List;
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
 * that left reads nothing of it any more, and keeps its own derived plans in province-service. A
 * closed plan keeps its members as they were: a member when it was closed is a PARTY to that plan
 * still (a unit since succeeded reads its history; it writes nothing, the plan being closed).
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
        List<String> membersAtClose = null;
        if (programmeId == null && planId != null) {
            var plan = masterPlans.find(planId).map(p -> p.value());
            programmeId = plan.map(p -> p.programmeId()).orElse(null);
            membersAtClose = plan.map(p -> p.membersAtClose()).orElse(null);
        }
        if (programmeId == null && planId == null) {
            programmeId = request.getParameter("programme");
        }
        if (programmeId == null) {
            return Relation.UNKNOWN;
        }
        List<String> closedWith = membersAtClose;
        return programmes.find(programmeId).map(p -> {
            Relation relation = relation(p, caller.tenant());
            return relation == Relation.NONE && closedWith != null && closedWith.contains(caller.tenant())
                    ? Relation.PARTY : relation;
        }).orElse(Relation.UNKNOWN);
    }

    private static Relation relation(Programme programme, String authority) {
        if (programme.leadAuthority().equals(authority)) {
            return Relation.LEAD;
        }
        return programme.isMember(authority) ? Relation.PARTY : Relation.NONE;
    }
}
