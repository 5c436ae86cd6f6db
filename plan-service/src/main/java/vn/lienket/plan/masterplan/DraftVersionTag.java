package vn.lienket.plan.masterplan;

import org.springframework.http.HttpStatus;
import vn.lienket.support.web.ApiException;

/** The draft's ETag is its stored revision; a write names the revision it was made against in If-Match. */
final class DraftVersionTag {

    private DraftVersionTag() {
    }

    static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /** The revision an If-Match header names; 428 when it is missing, 412 when it names no revision. */
    static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                    "Edits of a draft need If-Match with the ETag of the draft they were made on", "If-Match", null);
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

    static ApiException stale(String ifMatch) {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "precondition-failed",
                "The draft changed since " + ifMatch + "; read it again and reapply the edit", "If-Match", null);
    }
}
