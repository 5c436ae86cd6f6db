package vn.lienket.console.derived;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The API pages its lists with {@code Link: <…?limit=50&cursor=…>; rel="next"}; a page of the console passes the cursor on. */
public final class Paging {

    private Paging() {
    }

    /** The cursor of the API's next page (decoded), or null when there is none. */
    public static String cursor(String next) {
        if (next == null) {
            return null;
        }
        int query = next.indexOf('?');
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
