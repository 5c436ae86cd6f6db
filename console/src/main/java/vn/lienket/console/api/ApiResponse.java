package vn.lienket.console.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;

/**
 * An answer of the API: its body, the resource's {@code ETag} (for the next write's If-Match), its
 * {@code Location}, and the path of a list's next page ({@code Link: <…>; rel="next"}).
 */
public record ApiResponse(JsonNode body, String etag, String location, String next) {

    /** The cursor of the next page ({@code /api/…?limit=50&cursor=MTA} → {@code MTA}, decoded), or null at the end. */
    public String nextCursor() {
        return cursorOf(next);
    }

    static String cursorOf(String next) {
        int query = next == null ? -1 : next.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : next.substring(query + 1).split("&")) {
            if (pair.startsWith("cursor=")) {
                String value = URLDecoder.decode(pair.substring("cursor=".length()), StandardCharsets.UTF_8);
                return value.isBlank() ? null : value;
            }
        }
        return null;
    }
}
