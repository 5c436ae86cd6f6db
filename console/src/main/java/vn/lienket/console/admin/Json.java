package vn.lienket.console.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** A request body as a map, leaving out what the form left empty (the API then names what is missing). */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
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

    /**
     * The body as bytes, so it goes with a Content-Length: the gateway refuses a chunked body (411),
     * which is how a map is streamed otherwise.
     */
    static byte[] bytes(Map<String, Object> body) {
        return MAPPER.writeValueAsBytes(body);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
