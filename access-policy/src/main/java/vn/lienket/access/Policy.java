package vn.lienket.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A service's routes and who may call each: the one source its checks, the gateway and its access matrix read. */
public record Policy(String service, List<Route> routes) {

    public Policy {
        routes = List.copyOf(routes);
    }

    /** The route a request is for, with its path variables; empty for a path the service does not serve. */
    public Optional<Match> match(String method, String path) {
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.match(method, path);
            if (variables.isPresent()) {
                return Optional.of(new Match(route, variables.get()));
            }
        }
        return Optional.empty();
    }

    public Policy with(List<Route> more) {
        List<Route> all = new ArrayList<>(routes);
        all.addAll(more);
        return new Policy(service, all);
    }

    /** A request matched to its route. */
    public record Match(Route route, Map<String, String> variables) {

        /** The authority the path names, if any. */
        public String pathAuthority() {
            return Route.AUTHORITY_VARIABLES.stream().map(variables::get).filter(v -> v != null).findFirst().orElse(null);
        }

        /** May this caller pass, no authority being an archive? */
        public boolean allows(String tenant, Set<String> roles, Supplier<Relation> relation) {
            return allows(tenant, roles, relation, Archives.NONE);
        }

        /**
         * May this caller pass, with these archives? A write is refused when the caller's tenant or
         * the path's authority is an archive ({@link #archivedWrite}); a read of an archive's path
         * by its successor's token is as its own people's.
         */
        public boolean allows(String tenant, Set<String> roles, Supplier<Relation> relation, Archives archives) {
            if (archivedWrite(tenant, archives).isPresent()) {
                return false;
            }
            return route.audience().allows(tenant, roles, pathAuthority(), relation,
                    ArchivedWrite.isWrite(route.method()) ? Archives.NONE : archives);
        }

        /** Why this request is refused as a write to or by an archive, if it is one. */
        public Optional<ArchivedWrite> archivedWrite(String tenant, Archives archives) {
            return ArchivedWrite.of(route.method(), tenant, pathAuthority(), archives);
        }
    }
}
