package vn.lienket.access;

import static vn.lienket.access.Audience.PLATFORM_ADMIN;
import static vn.lienket.access.Route.get;
import static vn.lienket.access.Route.post;

import java.util.List;

/**
 * The routes only the gateway has: each service's parked records under
 * {@code /api/operations/{service}/dead-letters}, rewritten to the service's own
 * {@code /api/operations/dead-letters}, where the same audience is checked again.
 */
public final class GatewayAccess {

    private static final String PARKED = "/api/operations/{service}/dead-letters";

    public static final Policy POLICY = new Policy("gateway", List.of(
            get(PARKED, PLATFORM_ADMIN),
            get(PARKED + "/{id}", PLATFORM_ADMIN),
            post(PARKED + "/{id}/redrive", PLATFORM_ADMIN),
            post(PARKED + "/redrive", PLATFORM_ADMIN)));

    private GatewayAccess() {
    }
}
