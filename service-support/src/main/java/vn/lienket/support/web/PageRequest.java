package vn.lienket.support.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * What a client asked of a list: at most {@code limit} items, after the item its cursor names.
 * The cursor is opaque to clients (the sort key of the last item served, base64url), so that a
 * page stays stable when newer items arrive at the head of a newest-first log.
 *
 * @param after the sort key of the last item of the previous page; empty for the first page
 */
public record PageRequest(int limit, Optional<String> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final String LIMIT = "limit";
    public static final String CURSOR = "cursor";

    /**
     * The request from the query parameters {@code limit} and {@code cursor}, either absent.
     *
     * @throws ApiException 400 naming {@code limit} or {@code cursor} when it is not acceptable
     */
    public static PageRequest of(Integer limit, String cursor) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw ApiException.invalid(LIMIT, "limit must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, decode(cursor));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (cursor.length() > 512) {
                throw new IllegalArgumentException("too long");
            }
            return Optional.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(CURSOR, "cursor is not one this service gave out; start again without it");
        }
    }
}
