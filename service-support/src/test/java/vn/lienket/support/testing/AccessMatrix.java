package vn.lienket.support.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every route against every kind of caller, each cell asserted: a route lists who may pass its
 * access checks (the answer is then anything but 401 or 403, and never a 5xx); every other valid
 * caller gets 403 and every caller without a valid token 401. The table is printed, and all the
 * cells that differ are reported together.
 */
public final class AccessMatrix {

    public enum Outcome {
        PASSES, FORBIDDEN, UNAUTHENTICATED
    }

    /** A kind of caller; {@code token} is null for a request without one. */
    public record Caller(String name, String token) {
    }

    /** A route, its body for writes, and which callers (by name) pass its checks. */
    public record Route(String method, String path, String body, List<String> passing) {

        public static Route get(String path, String... passing) {
            return new Route("GET", path, null, List.of(passing));
        }

        public static Route write(String method, String path, String body, String... passing) {
            return new Route(method, path, body, List.of(passing));
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
                new Caller(LEAD_COORDINATOR, TestTokens.token(lead, "coordinator")),
                new Caller(OWN_PLANNER, TestTokens.token(own, "planner")),
                new Caller(OWN_VIEWER, TestTokens.token(own, "viewer")),
                new Caller(OTHER_PLANNER, TestTokens.token(other, "planner")),
                new Caller(OTHER_COORDINATOR, TestTokens.token(otherLead, "coordinator")),
                new Caller(PLATFORM_ADMIN, TestTokens.token("platform", "platform-admin")),
                new Caller("no token", null),
                new Caller("expired token", TestTokens.expired(own, "planner")),
                new Caller("token signed by another key", TestTokens.signedByAnotherKey(own, "planner")),
                new Caller("token for another audience", TestTokens.forAudience("another-api", own, "planner")));
    }

    public static void check(ApiClient api, List<Route> routes, List<Caller> callers) {
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nroute").append(" | ").append(String.join(" | ",
                callers.stream().map(Caller::name).toList())).append('\n');
        for (Route route : routes) {
            table.append(route.method()).append(' ').append(route.path());
            for (Caller caller : callers) {
                int status = call(api, route, caller);
                Outcome expected = expected(route, caller);
                Outcome actual = status == 401 ? Outcome.UNAUTHENTICATED : status == 403 ? Outcome.FORBIDDEN : Outcome.PASSES;
                boolean right = actual == expected && status < 500;
                table.append(" | ").append(status).append(right ? "" : " ✗");
                if (!right) {
                    wrong.add(route.method() + " " + route.path() + " by " + caller.name() + ": expected " + expected
                            + ", got " + status);
                }
            }
            table.append('\n');
        }
        System.out.println(table);
        if (!wrong.isEmpty()) {
            throw new AssertionError(wrong.size() + " cell(s) wrong:\n" + String.join("\n", wrong));
        }
    }

    private static Outcome expected(Route route, Caller caller) {
        Map<String, Outcome> valid = new LinkedHashMap<>();
        for (String name : List.of(LEAD_COORDINATOR, OWN_PLANNER, OWN_VIEWER, OTHER_PLANNER, OTHER_COORDINATOR, PLATFORM_ADMIN)) {
            valid.put(name, route.passing().contains(name) ? Outcome.PASSES : Outcome.FORBIDDEN);
        }
        return valid.getOrDefault(caller.name(), Outcome.UNAUTHENTICATED);
    }

    private static int call(ApiClient api, Route route, Caller caller) {
        String token = caller.token();
        return switch (route.method()) {
            case "GET" -> api.get(route.path(), token).status();
            case "POST" -> api.post(route.path(), token, route.body() == null ? "" : route.body()).status();
            case "PUT" -> api.put(route.path(), token, route.body() == null ? "" : route.body()).status();
            case "DELETE" -> api.delete(route.path(), token).status();
            default -> throw new IllegalArgumentException(route.method());
        };
    }
}
