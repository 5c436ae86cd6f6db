package vn.lienket.access;

import static vn.lienket.access.Audience.OWN_AUTHORITY_OR_LEAD_COORDINATOR;
import static vn.lienket.access.Audience.OWN_PLANNER;
import static vn.lienket.access.Route.get;
import static vn.lienket.access.Route.post;
import static vn.lienket.access.Route.put;

import java.util.List;

/**
 * province-service: a province's derived plans are its own to read and its planners' alone to
 * change; the coordinators of the lead of a plan's programme read them. The relation is to the
 * programme of the derived plan (for the list, to any of the province's plans).
 */
public final class ProvinceServiceAccess {

    private static final String PLANS = "/api/provinces/{provinceId}/derived-plans";

    public static final Policy POLICY = new Policy("province-service", List.of(
            get(PLANS, OWN_AUTHORITY_OR_LEAD_COORDINATOR),
            get(PLANS + "/{masterPlanId}", OWN_AUTHORITY_OR_LEAD_COORDINATOR),
            get(PLANS + "/{masterPlanId}/versions", OWN_AUTHORITY_OR_LEAD_COORDINATOR),
            get(PLANS + "/{masterPlanId}/versions/{number}", OWN_AUTHORITY_OR_LEAD_COORDINATOR),
            get(PLANS + "/{masterPlanId}/audit", OWN_AUTHORITY_OR_LEAD_COORDINATOR),
            put(PLANS + "/{masterPlanId}/activities/{code}", OWN_PLANNER),
            // a successor settles one activity of a plan it made of several (issue 14)
            put(PLANS + "/{masterPlanId}/consolidation/{masterCode}", OWN_PLANNER),
            post(PLANS + "/{masterPlanId}/activities/{code}/progress", OWN_PLANNER),
            post(PLANS + "/{masterPlanId}/activities", OWN_PLANNER),
            post(PLANS + "/{masterPlanId}/versions", OWN_PLANNER),
            // plans as documents (issue 15): a member's own plan read in and applied as its planner's edits,
            // a published version written out for whoever reads it
            post(PLANS + "/{masterPlanId}/imports", OWN_PLANNER),
            get(PLANS + "/{masterPlanId}/imports/{importId}", OWN_AUTHORITY_OR_LEAD_COORDINATOR),
            post(PLANS + "/{masterPlanId}/imports/{importId}/apply", OWN_PLANNER),
            get(PLANS + "/{masterPlanId}/versions/{number}/document", OWN_AUTHORITY_OR_LEAD_COORDINATOR)))
            .with(CommonRoutes.ROUTES);

    private ProvinceServiceAccess() {
    }
}
