package vn.lienket.gateway;

import java.util.Collection;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The gateway's coarse rules, checked again (and finer) by each service: a province's data is
 * its own; the lead authority's coordinators may read it; plan writes, compliance and the delivery
 * log need the coordinator role; each authority's unit directory is its own alone.
 */
final class AccessRules {

    static final String COORDINATOR = "coordinator";
    /** Those who run the platform: the only callers of the scrape endpoint. */
    static final String PLATFORM_ADMIN = "platform-admin";

    private AccessRules() {
    }

    /** May this token reach {@code /api/provinces/{provinceId}/…} with this method? */
    static boolean mayReachProvince(Jwt jwt, String provinceId, HttpMethod method) {
        if (provinceId != null && provinceId.equals(jwt.getClaimAsString("tenant"))) {
            return true;
        }
        return HttpMethod.GET.equals(method) && hasRole(jwt, COORDINATOR);
    }

    /** Each authority keeps its own unit directory: anyone of it reads, its planners and coordinators write. */
    static boolean mayManageUnits(Jwt jwt, String authority, HttpMethod method) {
        if (authority == null || !authority.equals(jwt.getClaimAsString("tenant"))) {
            return false;
        }
        return HttpMethod.GET.equals(method) || hasRole(jwt, COORDINATOR) || hasRole(jwt, "planner");
    }

    static boolean hasRole(Jwt jwt, String role) {
        Object roles = jwt.getClaims().get("roles");
        return roles instanceof Collection<?> list && list.contains(role);
    }

    static boolean hasTenant(Jwt jwt) {
        String tenant = jwt.getClaimAsString("tenant");
        return tenant != null && !tenant.isBlank();
    }

}
