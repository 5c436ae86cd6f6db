package vn.lienket.console.documents;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the lead gives when applying an import, over what the document says (or lacks): each
 * field left blank keeps the document's.
 */
public record ApplyForm(String number, String title, String issuer, String issuedOn, String periodFrom, String periodTo) {

    public static final ApplyForm EMPTY = new ApplyForm(null, null, null, null, null, null);

    /** The body of {@code POST …/plan-imports/{id}/apply}: only the fields given; {@code period} when either end is. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "number", number);
        put(body, "title", title);
        put(body, "issuer", issuer);
        put(body, "issuedOn", issuedOn);
        if (given(periodFrom) || given(periodTo)) {
            Map<String, Object> period = new LinkedHashMap<>();
            put(period, "from", periodFrom);
            put(period, "to", periodTo);
            body.put("period", period);
        }
        return body;
    }

    private static void put(Map<String, Object> body, String name, String value) {
        if (given(value)) {
            body.put(name, value.strip());
        }
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
