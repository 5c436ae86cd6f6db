package vn.lienket.console.admin;

import java.util.LinkedHashMap;
import java.util.Map;


/** A request body as a map, leaving out what the form left empty (the API then names what is missing). */
final class Json {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    static Json object() {
        return new Json();
    }

    /** Puts the value unless it is null or a blank text; texts are trimmed. */
    Json put(String name, Object value) {
        if (value instanceof String text) {
            if (!text.isBlank()) {
                fields.put(name, text.strip());
            }
        } else if (value != null) {
            fields.put(name, value);
        }
        return this;
    }

    Map<String, Object> map() {
        return fields;
    }


    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
