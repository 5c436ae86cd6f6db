package vn.lienket.access;

import static vn.lienket.access.Audience.ANY_CALLER;
import static vn.lienket.access.Audience.PLATFORM_ADMIN;
import static vn.lienket.access.Route.get;
import static vn.lienket.access.Route.post;

import java.util.List;

/** The routes every service serves from service-support: its denied-requests trail and its parked records. */
final class CommonRoutes {

    static final List<Route> ROUTES = List.of(
            // each caller reads its own authority's denials; a platform admin reads all
            get("/api/audit/denied-requests", ANY_CALLER),
            get("/api/operations/dead-letters", PLATFORM_ADMIN),
            get("/api/operations/dead-letters/{id}", PLATFORM_ADMIN),
            post("/api/operations/dead-letters/{id}/redrive", PLATFORM_ADMIN),
            post("/api/operations/dead-letters/redrive", PLATFORM_ADMIN));

    private CommonRoutes() {
    }
}
