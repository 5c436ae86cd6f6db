package vn.lienket.access;

import static vn.lienket.access.Audience.ANY_CALLER;
import static vn.lienket.access.Audience.LEAD_COORDINATOR;
import static vn.lienket.access.Audience.LEAD_COORDINATOR_OR_PLATFORM_ADMIN;
import static vn.lienket.access.Audience.PARTIES;
import static vn.lienket.access.Audience.PLATFORM_ADMIN;
import static vn.lienket.access.Route.delete;
import static vn.lienket.access.Route.get;
import static vn.lienket.access.Route.post;
import static vn.lienket.access.Route.put;

import java.util.List;

/**
 * plan-service: the lead and the members of a programme read its plans; the lead's coordinators
 * edit and publish them and alone see compliance, progress and the audit. The relation is to the
 * programme of the plan (or the programme the path or {@code ?programme=} names).
 */
public final class PlanServiceAccess {

    public static final Policy POLICY = new Policy("plan-service", List.of(
            get("/api/authorities", ANY_CALLER),
            get("/api/authorities/{authorityId}", ANY_CALLER),
            // the register's successions: recorded by a platform admin, read by anyone
            post("/api/authorities/{successorId}/successions", PLATFORM_ADMIN),
            get("/api/authorities/{authorityId}/successions", ANY_CALLER),
            get("/api/authorities/{authorityId}/successions/{successionId}", ANY_CALLER),
            // each sees the programmes it takes part in; a platform admin sees all
            get("/api/programmes", ANY_CALLER),
            post("/api/programmes", PLATFORM_ADMIN),
            get("/api/programmes/{programmeId}", PARTIES),
            get("/api/programmes/{programmeId}/audit", LEAD_COORDINATOR_OR_PLATFORM_ADMIN),
            post("/api/programmes/{programmeId}/members", LEAD_COORDINATOR_OR_PLATFORM_ADMIN),
            delete("/api/programmes/{programmeId}/members/{authorityId}", LEAD_COORDINATOR_OR_PLATFORM_ADMIN),
            post("/api/programmes/{programmeId}/archive", LEAD_COORDINATOR_OR_PLATFORM_ADMIN),
            get("/api/master-plans", PARTIES),
            get("/api/master-plans/{planId}", PARTIES),
            get("/api/master-plans/{planId}/versions/{number}", PARTIES),
            get("/api/master-plans/{planId}/activities", PARTIES),
            get("/api/master-plans/{planId}/changes", PARTIES),
            // documents: a version or its changes rendered as the neighbour read; an import as creating a plan
            get("/api/master-plans/{planId}/versions/{number}/document", PARTIES),
            get("/api/master-plans/{planId}/changes/document", PARTIES),
            post("/api/programmes/{programmeId}/plan-imports", LEAD_COORDINATOR),
            get("/api/programmes/{programmeId}/plan-imports/{importId}", LEAD_COORDINATOR),
            post("/api/programmes/{programmeId}/plan-imports/{importId}/apply", LEAD_COORDINATOR),
            get("/api/master-plans/{planId}/audit", LEAD_COORDINATOR),
            get("/api/master-plans/{planId}/compliance", LEAD_COORDINATOR),
            get("/api/master-plans/{planId}/compliance/audit", LEAD_COORDINATOR),
            get("/api/master-plans/{planId}/progress", LEAD_COORDINATOR),
            put("/api/master-plans/{planId}/draft", LEAD_COORDINATOR),
            // what publishing the draft would tell the members: the lead's preview before it publishes
            get("/api/master-plans/{planId}/draft/changes", LEAD_COORDINATOR),
            post("/api/master-plans/{planId}/draft/sections/{sectionCode}/activities", LEAD_COORDINATOR),
            put("/api/master-plans/{planId}/draft/activities/{code}", LEAD_COORDINATOR),
            delete("/api/master-plans/{planId}/draft/activities/{code}", LEAD_COORDINATOR),
            post("/api/master-plans/{planId}/draft/activities/{code}/move", LEAD_COORDINATOR),
            put("/api/master-plans/{planId}/reporting-deadline", LEAD_COORDINATOR),
            put("/api/master-plans/{planId}/reporting-deadlines", LEAD_COORDINATOR),
            put("/api/master-plans/{planId}/header", LEAD_COORDINATOR),
            post("/api/master-plans/{planId}/close", LEAD_COORDINATOR),
            post("/api/programmes/{programmeId}/master-plans", LEAD_COORDINATOR),
            post("/api/master-plans/{planId}/versions", LEAD_COORDINATOR)))
            .with(CommonRoutes.ROUTES);

    private PlanServiceAccess() {
    }
}
