package vn.lienket.gateway;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;
import vn.lienket.access.ArchivedWrite;
import vn.lienket.access.Archives;
import vn.lienket.access.Policies;
import vn.lienket.access.Policy;
import vn.lienket.access.Relation;
import vn.lienket.access.Roles;

/**
 * The gateway's check of a request: the same rules the service behind it checks (the platform's
 * one policy per service), decided without the data. Where a rule needs the caller's relation to
 * the resource, the roles decide here and the service decides the rest. A path no policy names
 * passes with a token that acts for an authority, so that its service answers the 404 or 405.
 * The succession map decides here as in the services: no write by an archived authority's token
 * (whatever the path, the identity provider's included) nor to an archived authority's path; its
 * successor reads its paths as their own.
 */
final class EdgeAccess {

    private EdgeAccess() {
    }

    static boolean admits(Jwt jwt, String method, String path) {
        return admits(jwt, method, path, Archives.NONE);
    }

    static boolean admits(Jwt jwt, String method, String path, Archives archives) {
        return decide(jwt, method, path, archives).admitted();
    }

    /** Why this request is refused as a write by or to an archive, if it is one. */
    static Optional<ArchivedWrite> archivedWrite(Jwt jwt, String method, String path, Archives archives) {
        return Optional.ofNullable(decide(jwt, method, path, archives).archived());
    }

    /** The gateway's decision on a request, with the route looked up once: admitted, or refused (and why, for an archive). */
    record Decision(boolean admitted, ArchivedWrite archived) {
    }

    static Decision decide(Jwt jwt, String method, String path, Archives archives) {
        String tenant = jwt.getClaimAsString("tenant");
        Optional<Policy.Match> match = Policies.match(method, path);
        Optional<ArchivedWrite> archived = match.isPresent() ? match.get().archivedWrite(tenant, archives)
                : ArchivedWrite.of(method, tenant, null, archives);
        if (archived.isPresent()) {
            return new Decision(false, archived.get());
        }
        if (match.isEmpty()) {
            return new Decision(tenant != null && !tenant.isBlank(), null);
        }
        return new Decision(match.get().allows(tenant, roles(jwt), () -> Relation.UNKNOWN, archives), null);
    }

    static boolean isPlatformAdmin(Jwt jwt) {
        return roles(jwt).contains(Roles.PLATFORM_ADMIN);
    }

    private static Set<String> roles(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return roles == null ? Set.of() : Set.copyOf(roles);
    }
}
