package vn.lienket.province.derivedplan;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import vn.lienket.access.Policy;
import vn.lienket.access.Relation;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.security.Caller;
import vn.lienket.support.security.ResourceRelations;

/**
 * How a caller stands to a province's derived plan: the lead of the plan's programme is LEAD (for
 * the list, the lead of any of the province's plans), the province itself a PARTY. A province not
 * hosted here, or a plan it does not have, is UNKNOWN: the roles decide, and the answer is 404.
 */
@Component
class DerivedPlanRelations implements ResourceRelations {

    private final DerivedPlans plans;
    private final Tenants tenants;

    DerivedPlanRelations(DerivedPlans plans, Tenants tenants) {
        this.plans = plans;
        this.tenants = tenants;
    }

    @Override
    public Relation relationOf(Caller caller, Policy.Match match, HttpServletRequest request) {
        String provinceId = match.variables().get("provinceId");
        if (provinceId == null || !tenants.hosts(provinceId)) {
            return Relation.UNKNOWN;
        }
        String masterPlanId = match.variables().get("masterPlanId");
        boolean leads;
        if (masterPlanId == null) {
            leads = plans.all(provinceId).stream().anyMatch(p -> caller.actsFor(p.leadAuthority()));
        } else {
            var plan = plans.find(provinceId, masterPlanId);
            if (plan.isEmpty()) {
                return Relation.UNKNOWN;
            }
            leads = caller.actsFor(plan.get().value().leadAuthority());
        }
        if (leads) {
            return Relation.LEAD;
        }
        return caller.actsFor(provinceId) ? Relation.PARTY : Relation.NONE;
    }
}
