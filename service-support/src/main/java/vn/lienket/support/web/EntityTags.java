package vn.lienket.support.web;

import org.springframework.http.HttpStatus;

/**
 * The one rule for optimistic writes over HTTP: a mutable resource's ETag is its stored version,
 * and a write names the version it was made on in {@code If-Match}. Without one it is 428, with a
 * stale one 412; both are problems naming the {@code If-Match} header as their field, so a client
 * knows to read again and reapply its change rather than overwrite a newer one.
 *
 * <pre>{@code
 * return ResponseEntity.ok().eTag(EntityTags.of(unit.version())).body(unit.value());   // reads
 * EntityTags.require(ifMatch, current.version());                                     // writes
 * }</pre>
 *
 * {@code If-Match: *} is refused as stale: it would let a blind write through, which is what the
 * header is here to stop.
 */
public final class EntityTags {

    public static final String HEADER = "If-Match";

    private EntityTags() {
    }

    /** The ETag of a resource at this version, e.g. {@code "7"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version {@code ifMatch} names.
     *
     * @throws ApiException 428 when the header is missing or blank, 412 when it names no version
     */
    private static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                    "A change needs If-Match with the ETag of the version it was made on; read it first", HEADER, null);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", "")); // as plan-service's draft tags: quotes optional
        } catch (NumberFormatException e) {
            throw stale(ifMatch);
        }
    }

    /**
     * Passes when {@code ifMatch} names {@code currentVersion}.
     *
     * @throws ApiException 428 without {@code If-Match}, 412 when it names another version
     */
    public static void require(String ifMatch, long currentVersion) {
        if (expected(ifMatch) != currentVersion) {
            throw stale(ifMatch);
        }
    }

    /** 412: the resource changed since the version {@code ifMatch} names (also for a write that lost a race). */
    public static ApiException stale(String ifMatch) {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "precondition-failed",
                "It changed since " + ifMatch + "; read it again and reapply the change", HEADER, null);
    }
}
