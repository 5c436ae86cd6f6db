package vn.lienket.notification.alert;

import org.springframework.web.util.UriUtils;

/** The console pages alerts link to, by path (the console's contract: CONSOLE.md, "Pages"). */
final class Pages {

    /** "Việc cần làm": what the person must do next, for an alert about more than one thing. */
    static final String HOME = "/";

    private Pages() {
    }

    /** A member's plan derived from a lead's plan: {@code /provinces/{tenant}/plans/{planId}}. */
    static String derivedPlan(String tenant, String planId) {
        return "/provinces/" + segment(tenant) + "/plans/" + segment(planId);
    }

    /** The lead's compliance board of a plan: {@code /plans/{planId}/board}. */
    static String board(String planId) {
        return "/plans/" + segment(planId) + "/board";
    }

    private static String segment(String id) {
        return UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8);
    }
}
