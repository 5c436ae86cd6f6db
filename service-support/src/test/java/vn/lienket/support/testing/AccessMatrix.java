package vn.lienket.support.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.lienket.access.Policy;
import vn.lienket.access.Relation;
import vn.lienket.access.Route;

/**
 * Every route against every kind of caller, each cell asserted against the service's access
 * policy, the same rules its checks read: a caller the route's audience admits passes the checks
 * (the answer is then anything but 401 or 403, and never a 5xx); every other valid caller gets
 * 403 and every caller without a valid token 401. What the policy cannot know, the data, the
 * matrix says: which authorities lead the resource of each sample and which are party to it. The
 * table is printed, and all the cells that differ are reported together. A service's own matrix
 * must call every route of its policy.
 */
public final class AccessMatrix {

    public enum Outcome {
        PASSES, FORBIDDEN, UNAUTHENTICATED
    }

    /** A kind of caller; {@code token} is null for a request without one, {@code tenant} null for an invalid token. */
    public record Caller(String name, String token, String tenant, Set<String> roles) {

        public static Caller valid(String name, String token, String tenant, String... roles) {
            return new Caller(name, token, tenant, Set.of(roles));
        }

        public static Caller invalid(String name, String token) {
            return new Caller(name, token, null, null);
        }

        boolean authenticated() {
            return roles != null;
        }
    }

    /**
     * Who stands how to the resource of a sample, as the test data has it: the authorities that lead
     * its programme, those that are party to it. {@link #unknown()} for a resource that does not
     * exist.
     */
    public record Resource(Set<String> leads, Set<String> parties) {

        public static Resource of(String lead, String... parties) {
            return new Resource(Set.of(lead), Set.of(parties));
        }

        public static Resource unknown() {
            return new Resource(null, null);
        }

        Relation relationOf(String tenant) {
            if (leads == null) {
                return Relation.UNKNOWN;
            }
            return leads.contains(tenant) ? Relation.LEAD : parties.contains(tenant) ? Relation.PARTY : Relation.NONE;
        }
    }

    /** A request to make, with its body for writes, about the matrix's resource unless it names its own. */
    public record Sample(String method, String path, String body, Resource resource) {

        public static Sample get(String path) {
            return new Sample("GET", path, null, null);
        }

        public static Sample write(String method, String path, String body) {
            return new Sample(method, path, body, null);
        }

        public Sample about(Resource other) {
            return new Sample(method, path, body, other);
        }
    }

    public static final String LEAD_COORDINATOR = "lead coordinator";
    public static final String OWN_PLANNER = "own planner";
    public static final String OWN_VIEWER = "own viewer";
    public static final String OTHER_PLANNER = "other tenant's planner";
    public static final String OTHER_COORDINATOR = "another programme's coordinator";
    public static final String PLATFORM_ADMIN = "platform admin";

    private AccessMatrix() {
    }

    /**
     * The kinds of caller for a tenant {@code own} in a programme led by {@code lead}: each role,
     * another tenant, another programme's lead, a platform admin, and the invalid tokens.
     */
    public static List<Caller> callers(String lead, String own, String other, String otherLead) {
        return List.of(
                Caller.valid(LEAD_COORDINATOR, TestTokens.token(lead, "coordinator"), lead, "coordinator"),
                Caller.valid(OWN_PLANNER, TestTokens.token(own, "planner"), own, "planner"),
                Caller.valid(OWN_VIEWER, TestTokens.token(own, "viewer"), own, "viewer"),
                Caller.valid(OTHER_PLANNER, TestTokens.token(other, "planner"), other, "planner"),
                Caller.valid(OTHER_COORDINATOR, TestTokens.token(otherLead, "coordinator"), otherLead, "coordinator"),
                Caller.valid(PLATFORM_ADMIN, TestTokens.token("platform", "platform-admin"), "platform", "platform-admin"),
                Caller.invalid("no token", null),
                Caller.invalid("expired token", TestTokens.expired(own, "planner")),
                Caller.invalid("token signed by another key", TestTokens.signedByAnotherKey(own, "planner")),
                Caller.invalid("token for another audience", TestTokens.forAudience("another-api", own, "planner")));
    }

    /** A service's matrix: every sample against every caller, and every route of its policy sampled. */
    public static void check(ApiClient api, Policy policy, Resource resource, List<Sample> samples, List<Caller> callers) {
        List<String> unsampled = new ArrayList<>();
        for (Route route : policy.routes()) {
            if (samples.stream().noneMatch(s -> route.match(s.method(), pathOf(s)).isPresent())) {
                unsampled.add(route.toString());
            }
        }
        if (!unsampled.isEmpty()) {
            throw new AssertionError("The matrix calls no sample of " + unsampled.size() + " route(s) of "
                    + policy.service() + "'s policy:\n" + String.join("\n", unsampled));
        }
        check(api, List.of(policy), resource, samples, callers);
    }

    /** The samples against every caller, each judged by the policy (of those given) whose route it is. */
    public static void check(ApiClient api, List<Policy> policies, Resource resource, List<Sample> samples,
                             List<Caller> callers) {
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nroute | audience | ").append(String.join(" | ",
                callers.stream().map(Caller::name).toList())).append('\n');
        for (Sample sample : samples) {
            Policy.Match match = policies.stream().map(p -> p.match(sample.method(), pathOf(sample)))
                    .flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> new AssertionError("No rule in the policy for " + sample.method() + " " + sample.path()));
            Resource about = sample.resource() != null ? sample.resource() : resource;
            table.append(sample.method()).append(' ').append(sample.path()).append(" | ").append(match.route().audience());
            for (Caller caller : callers) {
                int status = call(api, sample, caller);
                Outcome expected = !caller.authenticated() ? Outcome.UNAUTHENTICATED
                        : match.allows(caller.tenant(), caller.roles(), () -> about.relationOf(caller.tenant()))
                        ? Outcome.PASSES : Outcome.FORBIDDEN;
                Outcome actual = status == 401 ? Outcome.UNAUTHENTICATED : status == 403 ? Outcome.FORBIDDEN : Outcome.PASSES;
                boolean right = actual == expected && status < 500;
                table.append(" | ").append(status).append(right ? "" : " ✗");
                if (!right) {
                    wrong.add(sample.method() + " " + sample.path() + " (" + match.route().audience() + ") by "
                            + caller.name() + ": expected " + expected + ", got " + status);
                }
            }
            table.append('\n');
        }
        System.out.println(table);
        if (!wrong.isEmpty()) {
            throw new AssertionError(wrong.size() + " cell(s) wrong:\n" + String.join("\n", wrong));
        }
    }

    private static String pathOf(Sample sample) {
        int query = sample.path().indexOf('?');
        return query < 0 ? sample.path() : sample.path().substring(0, query);
    }

    private static int call(ApiClient api, Sample sample, Caller caller) {
        String token = caller.token();
        return switch (sample.method()) {
            case "GET" -> api.get(sample.path(), token).status();
            case "POST" -> api.post(sample.path(), token, sample.body() == null ? "" : sample.body()).status();
            case "PUT" -> api.put(sample.path(), token, sample.body() == null ? "" : sample.body()).status();
            case "DELETE" -> api.delete(sample.path(), token).status();
            default -> throw new IllegalArgumentException(sample.method());
        };
    }
}
