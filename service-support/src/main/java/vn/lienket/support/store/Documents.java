package vn.lienket.support.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps records to store documents as Jackson sees them, so the stored shape is the API's shape.
 * A record's {@code id} is the document's {@code _id}; dates are ISO-8601 strings; whole numbers
 * are stored as int32 where they fit and int64 otherwise, as {@link Document#parse} would.
 *
 * <p>The mapping goes through Jackson's token buffer, never through JSON text: writing a record
 * as JSON and parsing it with the driver's JSON reader (and back) was a third of province-service's
 * CPU in the fan-out benchmark.
 */
public final class Documents {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    private Documents() {
    }

    public static Document toDocument(Object value) {
        Map<String, Object> fields = MAPPER.convertValue(value, FIELDS);
        Document document = new Document();
        if (fields.containsKey("id")) {
            document.put("_id", stored(fields.remove("id")));
        }
        fields.forEach((name, field) -> document.put(name, stored(field)));
        return document;
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        Map<String, Object> fields = new LinkedHashMap<>(document);
        if (fields.containsKey("_id")) {
            fields.put("id", fields.remove("_id"));
        }
        return MAPPER.convertValue(fields, type);
    }

    /** Nested objects as documents, whole numbers as int32 where they fit, floats as doubles. */
    @SuppressWarnings("unchecked")
    private static Object stored(Object value) {
        if (value instanceof Map) {
            Document nested = new Document();
            ((Map<String, Object>) value).forEach((name, field) -> nested.put(name, stored(field)));
            return nested;
        }
        if (value instanceof List) {
            List<Object> items = new ArrayList<>(((List<?>) value).size());
            ((List<?>) value).forEach(item -> items.add(stored(item)));
            return items;
        }
        if (value instanceof Long && (Long) value >= Integer.MIN_VALUE && (Long) value <= Integer.MAX_VALUE) {
            return ((Long) value).intValue();
        }
        if (value instanceof Float) {
            return ((Float) value).doubleValue();
        }
        return value;
    }
}
