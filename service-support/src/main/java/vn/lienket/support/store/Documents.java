package vn.lienket.support.store;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps records to store documents through JSON, so the stored shape is the API's shape.
 * A record's {@code id} is the document's {@code _id}; dates are ISO-8601 strings.
 */
public final class Documents {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private Documents() {
    }

    public static Document toDocument(Object value) {
        Document document = Document.parse(MAPPER.writeValueAsString(value));
        if (document.containsKey("id")) {
            Document withId = new Document("_id", document.remove("id"));
            withId.putAll(document);
            return withId;
        }
        return document;
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        Document copy = new Document(document);
        if (copy.containsKey("_id")) {
            copy.put("id", copy.remove("_id"));
        }
        return MAPPER.readValue(copy.toJson(RELAXED), type);
    }
}
