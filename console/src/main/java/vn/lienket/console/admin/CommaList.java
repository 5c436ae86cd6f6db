package vn.lienket.console.admin;

import java.util.ArrayList;
import java.util.List;

/** What people type as a list: "tourism, trade; culture" → [tourism, trade, culture]. */
final class CommaList {

    private CommaList() {
    }

    /**
     * The items of a list typed with commas, semicolons or new lines between them, each trimmed, the
     * empty ones left out; in the order typed, a repeated item kept (the API says it is listed twice).
     */
    static List<String> parse(String typed) {
        List<String> items = new ArrayList<>();
        if (typed == null) {
            return items;
        }
        for (String item : typed.split("[,;\\r\\n]+")) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        return items;
    }
}
