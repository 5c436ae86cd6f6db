package vn.lienket.console.plans;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.api.Gateway;

/** A paged log of the API (an audit trail) read a page at a time, or whole up to a bound. */
final class Trail {

    /** A page of a log and the cursor of the next one (null at the end). */
    record Page(List<JsonNode> entries, String nextCursor) {
    }

    static final int MAX_PAGES = 25;

    private Trail() {
    }

    static Page page(Gateway gateway, String path, String cursor, int limit, Object... variables) {
        String paged = path + "?limit=" + limit + (cursor == null || cursor.isBlank() ? "" : "&cursor={cursor}");
        Object[] all = cursor == null || cursor.isBlank() ? variables : append(variables, cursor);
        ApiResponse response = gateway.get(paged, all);
        return new Page(response.body().valueStream().toList(), response.nextCursor());
    }

    /** Every entry, newest first, up to {@link #MAX_PAGES} pages of 200. */
    static List<JsonNode> all(Gateway gateway, String path, Object... variables) {
        List<JsonNode> entries = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < MAX_PAGES; i++) {
            Page page = page(gateway, path, cursor, 200, variables);
            entries.addAll(page.entries());
            cursor = page.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return entries;
    }

    private static Object[] append(Object[] variables, Object last) {
        Object[] all = java.util.Arrays.copyOf(variables, variables.length + 1);
        all[variables.length] = last;
        return all;
    }
}
