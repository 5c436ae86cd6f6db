package vn.lienket.support.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DocumentsTest {

    enum Status { QUEUED, SENT }

    record Step(Status status, Instant at, String detail) {
    }

    record Sample(String id, int attempts, long dueAt, long revision, double share, boolean urgent, LocalDate due,
                  Status status, List<Step> timeline, Map<String, List<String>> units, String missing) {
    }

    static final Sample SAMPLE = new Sample("e-1|kien-giang.so-du-lich|SMS", 3, 1_795_000_000_000L, 7L, 0.25, true,
            LocalDate.of(2026, 12, 15), Status.SENT,
            List.of(new Step(Status.QUEUED, Instant.parse("2026-11-23T15:00:00Z"), null),
                    new Step(Status.SENT, Instant.parse("2026-11-23T15:00:01.250Z"), "Sở Du lịch tỉnh Kiên Giang")),
            Map.of("2.3", List.of("Báo Kiên Giang", "Đài Phát thanh và Truyền hình Kiên Giang")), null);

    @Test
    void aRecordComesBackAsItWent() {
        assertThat(Documents.fromDocument(Documents.toDocument(SAMPLE), Sample.class)).isEqualTo(SAMPLE);
    }

    @Test
    void theStoredShapeIsTheApisShapeWithIdAsUnderscoreId() {
        Document document = Documents.toDocument(SAMPLE);

        assertThat(document.keySet()).first().isEqualTo("_id");
        assertThat(document).doesNotContainKey("id");
        assertThat(document.get("due")).isEqualTo("2026-12-15");
        assertThat(document.getList("timeline", Document.class).get(1).get("at")).isEqualTo("2026-11-23T15:00:01.250Z");
        assertThat(document.get("status")).isEqualTo("SENT");
    }

    @Test
    void numbersAreStoredAsTheDriversJsonReaderStoredThem() {
        Document direct = Documents.toDocument(SAMPLE);
        Document parsed = Document.parse(JsonMapper.builder().build().writeValueAsString(SAMPLE));
        parsed.put("_id", parsed.remove("id"));

        assertThat(direct.get("attempts")).isInstanceOf(Integer.class);
        assertThat(direct.get("revision")).as("a small long fits int32").isInstanceOf(Integer.class);
        assertThat(direct.get("dueAt")).isInstanceOf(Long.class);
        assertThat(direct.get("share")).isInstanceOf(Double.class);
        assertThat(direct.toJson()).isEqualTo(reordered(parsed, direct).toJson());
    }

    @Test
    void aDocumentWithFieldsTheRecordDoesNotKnowStillReads() {
        Document document = Documents.toDocument(SAMPLE).append("addedLater", new Document("x", 1));

        assertThat(Documents.fromDocument(document, Sample.class)).isEqualTo(SAMPLE);
    }

    /** The parsed document's fields in the order of the other's, to compare their JSON. */
    private static Document reordered(Document parsed, Document order) {
        Document reordered = new Document();
        order.keySet().forEach(key -> reordered.put(key, parsed.get(key)));
        return reordered;
    }
}
