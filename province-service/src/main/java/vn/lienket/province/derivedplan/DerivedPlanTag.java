package vn.lienket.province.derivedplan;

import org.springframework.http.HttpStatus;
import vn.lienket.support.web.ApiException;

/**
 * A derived plan's ETag is its stored revision, which every change bumps (the province's edits,
 * progress, publications, and a master version arriving). A write names the revision it was made
 * against in If-Match, so a stale edit is refused instead of silently overwriting a newer one.
 * The same rule as the master draft's {@code DraftVersionTag} in plan-service.
 */
final class DerivedPlanTag {

    private DerivedPlanTag() {
    }

    static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /** The revision an If-Match header names; 428 when it is missing, 412 when it names no revision. */
    static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                    "Changes of a derived plan need If-Match with the ETag of the plan they were made on", "If-Match", null);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw stale(ifMatch);
        }
    }

    /** 412: the plan is no longer at the revision {@code ifMatch} names. */
    static ApiException stale(String ifMatch) {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "precondition-failed",
                "The derived plan changed since " + ifMatch + "; read it again and reapply the change", "If-Match", null);
    }

    /** Refuses a write whose If-Match does not name the plan's current revision. */
    static void require(String ifMatch, long currentRevision) {
        if (expected(ifMatch) != currentRevision) {
            throw stale(ifMatch);
        }
    }
}
