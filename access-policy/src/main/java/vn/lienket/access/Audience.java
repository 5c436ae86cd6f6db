package vn.lienket.access;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Who may pass a route's checks. Each audience is decided from the caller's token (its authority
 * and roles), the authority the path names ({@code {provinceId}}, {@code {authority}}) and, where it
 * matters, the caller's {@link Relation} to the resource. Where the relation is {@code UNKNOWN} an
 * audience decides by the roles it needs alone: the gateway's coarse check, made finer where the
 * data is.
 */
public enum Audience {

    /** Anyone with a valid token; what each sees is scoped by the service. */
    ANY_CALLER {
        @Override
        boolean decide(Facts facts) {
            return true;
        }
    },
    /** Those who run the platform. */
    PLATFORM_ADMIN {
        @Override
        boolean decide(Facts facts) {
            return facts.has(Roles.PLATFORM_ADMIN);
        }
    },
    /** The staff (coordinator, planner or viewer) of any authority; the service shows each its own rows. */
    AUTHORITY_STAFF {
        @Override
        boolean decide(Facts facts) {
            return facts.isStaff();
        }
    },
    /** The staff of the lead authority or of a party to the resource (a member of its programme, its own authority). */
    PARTIES {
        @Override
        boolean decide(Facts facts) {
            Relation relation = facts.relation();
            return facts.isStaff() && relation != Relation.NONE;
        }
    },
    /** The coordinator of the authority that leads the resource's programme. */
    LEAD_COORDINATOR {
        @Override
        boolean decide(Facts facts) {
            return facts.has(Roles.COORDINATOR) && facts.relationIs(Relation.LEAD);
        }
    },
    /** The lead's coordinator, or a platform admin. */
    LEAD_COORDINATOR_OR_PLATFORM_ADMIN {
        @Override
        boolean decide(Facts facts) {
            return PLATFORM_ADMIN.decide(facts) || LEAD_COORDINATOR.decide(facts);
        }
    },
    /** Anyone of the authority the path names. */
    OWN_AUTHORITY {
        @Override
        boolean decide(Facts facts) {
            return facts.own();
        }
    },
    /** The planners and coordinators of the authority the path names. */
    OWN_EDITORS {
        @Override
        boolean decide(Facts facts) {
            return facts.own() && (facts.has(Roles.PLANNER) || facts.has(Roles.COORDINATOR));
        }
    },
    /** The planners of the authority the path names: a province's plan is changed by its own planners only. */
    OWN_PLANNER {
        @Override
        boolean decide(Facts facts) {
            return facts.own() && facts.has(Roles.PLANNER);
        }
    },
    /** Anyone of the authority the path names, or the coordinator of the lead of the resource's programme (who reads, never writes). */
    OWN_AUTHORITY_OR_LEAD_COORDINATOR {
        @Override
        boolean decide(Facts facts) {
            return facts.own() || LEAD_COORDINATOR.decide(facts);
        }
    };

    /**
     * May this caller pass?
     *
     * @param tenant the authority the token acts for, or null
     * @param roles its roles
     * @param pathAuthority the authority the path names, or null
     * @param relation asked only when the answer depends on it
     */
    public boolean allows(String tenant, Set<String> roles, String pathAuthority, Supplier<Relation> relation) {
        return allows(tenant, roles, pathAuthority, relation, Archives.NONE);
    }

    /**
     * May this caller pass, reading? As above, and a successor's token is of the authority the path
     * names when that authority is its archive ({@link Archives#readsArchiveOf}): what its own
     * people read, the successor's read. For a write, pass {@link Archives#NONE}: nobody writes an
     * archive ({@link ArchivedWrite}).
     */
    public boolean allows(String tenant, Set<String> roles, String pathAuthority, Supplier<Relation> relation,
                          Archives archives) {
        return decide(new Facts(tenant, roles, pathAuthority, relation, archives));
    }

    abstract boolean decide(Facts facts);

    static final class Facts {
        private final String tenant;
        private final Set<String> roles;
        private final String pathAuthority;
        private final Supplier<Relation> relation;
        private final Archives archives;
        private Relation resolved;

        Facts(String tenant, Set<String> roles, String pathAuthority, Supplier<Relation> relation, Archives archives) {
            this.tenant = tenant;
            this.roles = roles == null ? Set.of() : roles;
            this.pathAuthority = pathAuthority;
            this.relation = relation;
            this.archives = archives == null ? Archives.NONE : archives;
        }

        boolean has(String role) {
            return roles.contains(role);
        }

        boolean isStaff() {
            return tenant != null && !tenant.isBlank()
                    && (has(Roles.COORDINATOR) || has(Roles.PLANNER) || has(Roles.VIEWER));
        }

        /** The token is of the authority the path names, or of its successor (that authority being its archive). */
        boolean own() {
            return tenant != null && pathAuthority != null
                    && (tenant.equals(pathAuthority) || archives.readsArchiveOf(tenant, pathAuthority));
        }

        Relation relation() {
            if (resolved == null) {
                resolved = relation == null ? Relation.UNKNOWN : relation.get();
            }
            return resolved;
        }

        /** The relation is this one, or unknown here (then the roles decide, and the service decides the rest). */
        boolean relationIs(Relation wanted) {
            Relation actual = relation();
            return actual == wanted || actual == Relation.UNKNOWN;
        }
    }
}
