package vn.lienket.province.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.lienket.documents.testing.TestDocuments;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.Multipart;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.web.EntityTags;

/**
 * Kiên Giang's real 2024 implementation plan imported as its derived plan of 350: every activity
 * traced to its master activity, the deviations shown before apply, and after apply the plan as if
 * a planner had typed the same fields in; stale and repeated applies and hostile files write nothing.
 */
@ServiceTest
class DerivedPlanImportIT extends KienGiangPlans {

    static final String FILE = "ke-hoach-kien-giang-2024.txt";

    String derivedPlan() {
        return derivedPlan("import");
    }

    ApiClient.Response upload(String plan, String fileName, byte[] content) {
        return api().upload(plan + "/imports", KIEN_GIANG, fileName, content);
    }

    long stored(String plan) {
        String masterPlanId = plan.substring(plan.lastIndexOf('/') + 1);
        return tenants.database("kien-giang").getCollection(DerivedPlanImports.COLLECTION)
                .countDocuments(Filters.eq("masterPlanId", masterPlanId));
    }

    @Test
    void theKienGiangPlanImportsEveryActivityTracedToItsMasterActivityAndAppliesAsIfTypedIn() {
        String plan = derivedPlan();
        String etag = api().get(plan, KIEN_GIANG).header("ETag");

        ApiClient.Response uploaded = upload(plan, FILE, kienGiangPlan());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode preview = uploaded.json();
        assertThat(uploaded.header("Location")).isEqualTo(plan + "/imports/" + preview.get("id").asString());
        assertThat(preview.get("status").asString()).isEqualTo("PREVIEW");
        assertThat(preview.get("fileName").asString()).isEqualTo(FILE);
        assertThat(preview.get("format").asString()).isEqualTo("TEXT");
        assertThat(preview.get("basedOnVersion").asInt()).isEqualTo(1);
        assertThat(EntityTags.of(preview.get("revision").asLong())).as("made on the plan as it was").isEqualTo(etag);
        assertThat(preview.get("sha256").asString()).hasSize(64);
        JsonNode activities = preview.get("activities");
        assertThat(activities.valueStream().map(a -> a.get("match").get("masterCode").asString()))
                .as("13 activities, each traced to its master activity").containsExactlyElementsOf(MASTER_CODES);
        assertThat(activities.valueStream().map(a -> a.get("activityCode").asString())).containsExactlyElementsOf(MASTER_CODES);
        assertThat(activities.valueStream().filter(a -> !a.get("proposedLocal").isNull())).isEmpty();
        assertThat(preview.get("unmatchedMaster").valueStream()).isEmpty();
        activities.valueStream().forEach(a -> {
            assertThat(a.get("fields").get("leadUnit").get("value").asString()).as(a.toString()).isNotBlank();
            assertThat(a.get("fields").get("leadUnit").get("source").asString()).as(a.toString()).isNotBlank();
            assertThat(a.get("fields").get("coordinatingUnits").valueStream()).as(a.toString()).isNotEmpty();
            assertThat(a.get("fields").get("timeframe").get("value").asString()).as(a.toString()).isNotBlank();
        });
        JsonNode deviations = preview.get("deviations");
        System.out.println("Kiên Giang's deviations from 350, as its document reads:\n" + deviations.valueStream()
                .map(d -> d.get("activityCode").asString() + " " + d.get("field").asString() + ": " + d.get("masterValue")
                        + " -> " + d.get("localValue")).collect(Collectors.joining("\n")));
        assertThat(deviations.valueStream()).as("where Kiên Giang's fields depart from the master's").isNotEmpty();
        assertThat(deviations.valueStream().filter(d -> d.get("activityCode").asString().equals("1.1")
                && d.get("field").asString().equals("location")))
                .as("the master says Tỉnh Bến Tre; Kiên Giang wrote tỉnh Bến Tre").isNotEmpty();
        assertThat(api().get(plan + "/imports/" + preview.get("id").asString(), KIEN_GIANG).json())
                .as("the preview is kept as answered").isEqualTo(preview);
        assertThat(api().get(plan, KIEN_GIANG).header("ETag")).as("a preview writes nothing on the plan").isEqualTo(etag);

        ApiClient.Response applied = api().post(plan + "/imports/" + preview.get("id").asString() + "/apply",
                KIEN_GIANG, "", "If-Match", etag);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.header("ETag")).isNotEqualTo(etag).isEqualTo(api().get(plan, KIEN_GIANG).header("ETag"));
        JsonNode after = api().get(plan, KIEN_GIANG).json();
        for (JsonNode read : activities) {
            JsonNode activity = activity(after, read.get("activityCode").asString());
            JsonNode fields = read.get("fields");
            assertThat(activity.get("leadUnit").asString()).isEqualTo(fields.get("leadUnit").get("value").asString());
            assertThat(activity.get("coordinatingUnits").valueStream().map(JsonNode::asString))
                    .containsExactlyElementsOf(fields.get("coordinatingUnits").valueStream()
                            .map(u -> u.get("value").asString()).toList());
            assertThat(activity.get("timeframe").asString()).isEqualTo(fields.get("timeframe").get("value").asString());
            assertThat(activity.get("title").asString()).as("the master's title stays").isNotBlank();
        }
        assertThat(after.get("deviations")).as("the deviations the preview showed").isEqualTo(deviations);
        JsonNode audit = api().get(plan + "/audit?limit=1", KIEN_GIANG).json().get(0);
        assertThat(audit.get("action").asString()).isEqualTo("plan.imported");
        assertThat(audit.get("detail").asString()).contains(FILE).contains("13 activities written, 0 added");
        assertThat(api().get(plan + "/audit?limit=100", KIEN_GIANG).json().valueStream()
                .filter(e -> e.get("action").asString().equals("plan.imported"))).as("one write, one entry").hasSize(1);
        assertThat(api().get(plan + "/imports/" + preview.get("id").asString(), KIEN_GIANG).json().get("status").asString())
                .isEqualTo("APPLIED");

        // the same fields typed in, one PUT per activity, on a fresh copy of the plan
        String typed = derivedPlan();
        String typedTag = api().get(typed, KIEN_GIANG).header("ETag");
        JsonNode fresh = api().get(typed, KIEN_GIANG).json();
        for (JsonNode read : activities) {
            String code = read.get("activityCode").asString();
            ApiClient.Response put = api().put(typed + "/activities/" + code, KIEN_GIANG,
                    ApiClient.json(typedFields(read.get("fields"), activity(fresh, code))), "If-Match", typedTag);
            assertThat(put.status()).as(put.body()).isEqualTo(200);
            typedTag = put.header("ETag");
        }
        JsonNode byHand = api().get(typed, KIEN_GIANG).json();
        assertThat(after.get("deviations")).as("exactly the deviations typing them in gives").isEqualTo(byHand.get("deviations"));
        assertThat(after.get("activities")).as("and exactly the activities").isEqualTo(byHand.get("activities"));
    }

    @Test
    void aStaleApplyIs412AndAPreviewOfAPlanThatChangedSinceIsStaleAndAPreviewAppliesOnce() {
        String plan = derivedPlan();
        String stale = api().get(plan, KIEN_GIANG).header("ETag");
        JsonNode preview = upload(plan, FILE, kienGiangPlan()).json();
        String apply = plan + "/imports/" + preview.get("id").asString() + "/apply";
        String current = api().put(plan + "/activities/1.1", KIEN_GIANG, "{\"leadUnit\":\"Sở Du lịch tỉnh Kiên Giang\","
                + "\"coordinatingUnits\":[\"Báo Kiên Giang\"]}", "If-Match", stale).header("ETag");
        String before = api().get(plan, KIEN_GIANG).body();

        ApiClient.Response old = api().post(apply, KIEN_GIANG, "", "If-Match", stale);
        assertThat(old.status()).as(old.body()).isEqualTo(412);
        assertThat(old.json().get("field").asString()).isEqualTo("If-Match");
        ApiClient.Response without = api().post(apply, KIEN_GIANG, "");
        assertThat(without.status()).as(without.body()).isEqualTo(428);
        assertThat(api().get(plan, KIEN_GIANG).body()).as("nothing written").isEqualTo(before);
        assertThat(api().get(plan + "/imports/" + preview.get("id").asString(), KIEN_GIANG).json().get("status")
                .asString()).as("still a preview").isEqualTo("PREVIEW");

        // the edit to 1.1 came after the preview was read: applying it would undo that edit unseen
        ApiClient.Response outdated = api().post(apply, KIEN_GIANG, "", "If-Match", current);
        assertThat(outdated.status()).as(outdated.body()).isEqualTo(409);
        assertThat(outdated.json().get("type").asString()).isEqualTo("urn:lienket:problem:import-stale");
        assertThat(api().get(plan, KIEN_GIANG).body()).as("nothing written").isEqualTo(before);

        JsonNode fresh = upload(plan, FILE, kienGiangPlan()).json();
        String applyFresh = plan + "/imports/" + fresh.get("id").asString() + "/apply";
        ApiClient.Response applied = api().post(applyFresh, KIEN_GIANG, "", "If-Match", current);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        ApiClient.Response again = api().post(applyFresh, KIEN_GIANG, "", "If-Match", applied.header("ETag"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:lienket:problem:import-applied");
        assertThat(api().get(plan, KIEN_GIANG).header("ETag")).isEqualTo(applied.header("ETag"));
    }

    @Test
    void aHostileOrMissingFileIsAProblemNamingFileAndNothingIsStored() {
        String plan = derivedPlan();
        String before = api().get(plan, KIEN_GIANG).body();
        List<String> lines = List.of("Kế hoạch triển khai tại tỉnh Kiên Giang");
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("truncated.docx", TestDocuments.truncated(TestDocuments.docx().paragraph(lines.get(0)).bytes()));
        hostile.put("script.pdf", TestDocuments.pdfWithJavaScriptOpenAction(lines));
        hostile.put("binary.txt", TestDocuments.randomBinary(64, 350));
        hostile.put("bomb.docx", TestDocuments.zipBombDocx(50L * 1024 * 1024));
        Map<String, String> expected = Map.of("truncated.docx", "400 document-malformed",
                "script.pdf", "422 document-active-content", "binary.txt", "415 document-unsupported",
                "bomb.docx", "413 document-zip-bomb");
        for (Map.Entry<String, byte[]> file : hostile.entrySet()) {
            ApiClient.Response refused = upload(plan, file.getKey(), file.getValue());
            assertThat(refused.status() + " " + refused.json().get("type").asString().replace("urn:lienket:problem:", ""))
                    .as(file.getKey() + ": " + refused.body()).isEqualTo(expected.get(file.getKey()));
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("field").asString()).as(file.getKey()).isEqualTo("file");
        }
        ApiClient.Response wrongPart = api().postForm(plan + "/imports", KIEN_GIANG,
                Multipart.file("document", FILE, kienGiangPlan()));
        assertThat(wrongPart.status()).as(wrongPart.body()).isEqualTo(400);
        assertThat(wrongPart.json().get("field").asString()).isEqualTo("file");
        ApiClient.Response notMultipart = api().post(plan + "/imports", KIEN_GIANG, "{}");
        assertThat(notMultipart.status()).as(notMultipart.body()).isBetween(400, 415);

        assertThat(stored(plan)).as("no preview stored").isZero();
        assertThat(api().get(plan, KIEN_GIANG).body()).as("nothing written").isEqualTo(before);
    }

    @Test
    void anUploadOverTheLimitIs413() {
        String plan = derivedPlan();
        byte[] large = new byte[22 * 1024 * 1024];
        Arrays.fill(large, (byte) 'a');
        ApiClient.Response refused = upload(plan, "large.txt", large);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:lienket:problem:document-too-large");
        assertThat(refused.json().get("field").asString()).isEqualTo("file");
        assertThat(stored(plan)).isZero();
    }

    @Test
    void anActivityTheMasterPlanDoesNotHaveIsProposedAsALocalOneAndAddedOnApply() {
        String plan = derivedPlan();
        String etag = api().get(plan, KIEN_GIANG).header("ETag");
        // Kiên Giang already has a local activity 7.1 of another title: the document's 7.1 must take another code
        etag = api().post(plan + "/activities", KIEN_GIANG, "{\"code\":\"7.1\",\"title\":\"Hoạt động riêng\",\"fields\":"
                + "{\"leadUnit\":\"Sở Du lịch tỉnh Kiên Giang\",\"coordinatingUnits\":[]}}", "If-Match", etag).header("ETag");
        String text = new String(kienGiangPlan(), StandardCharsets.UTF_8).replace("III. KINH PHÍ",
                "7. Tổ chức Lễ hội Nghinh Ông Nam Hải tại thành phố Rạch Giá \n\n"
                        + "- Thời gian thực hiện: Quý III/2024. \n\n"
                        + "- Địa điểm: Thành phố Rạch Giá. \n\n"
                        + "- Đơn vị chủ trì: Sở Du lịch. \n\n"
                        + "- Đơn vị phối hợp: Ủy ban nhân dân thành phố Rạch Giá; Hiệp hội Du lịch tỉnh Kiên Giang. \n\n"
                        + "III. KINH PHÍ");

        JsonNode preview = upload(plan, FILE, text.getBytes(StandardCharsets.UTF_8)).json();
        List<JsonNode> proposed = new ArrayList<>(preview.get("activities").valueStream()
                .filter(a -> !a.get("proposedLocal").isNull()).toList());
        assertThat(proposed).as(preview.get("activities").toString()).singleElement().satisfies(a -> {
            assertThat(a.get("match").get("by").asString()).isEqualTo("NONE");
            assertThat(a.get("match").get("masterCode").isNull()).isTrue();
            assertThat(a.get("proposedLocal").get("code").asString()).as("7.1 is taken").isEqualTo("7.2");
            assertThat(a.get("proposedLocal").get("title").asString()).contains("Nghinh Ông");
        });
        assertThat(preview.get("activities").size()).isEqualTo(14);

        ApiClient.Response applied = api().post(plan + "/imports/" + preview.get("id").asString() + "/apply",
                KIEN_GIANG, "", "If-Match", etag);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        JsonNode added = activity(applied.json(), "7.2");
        assertThat(added.get("masterCode").isNull()).isTrue();
        assertThat(added.get("title").asString()).contains("Nghinh Ông");
        assertThat(added.get("leadUnit").asString()).isEqualTo("Sở Du lịch");
        assertThat(added.get("coordinatingUnits").valueStream().map(JsonNode::asString))
                .contains("Hiệp hội Du lịch tỉnh Kiên Giang");
        assertThat(activity(applied.json(), "7.1").get("title").asString()).isEqualTo("Hoạt động riêng");
        assertThat(api().get(plan + "/audit?limit=1", KIEN_GIANG).json().get(0).get("detail").asString())
                .contains("13 activities written, 1 added");
    }

    /** What a planner types in PUT …/activities/{code} to say what the document says, the rest as it stands. */
    static Map<String, Object> typedFields(JsonNode read, JsonNode current) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("leadUnit", valueOr(read.get("leadUnit"), current.get("leadUnit")));
        List<String> units = read.get("coordinatingUnits").valueStream().map(u -> u.get("value").asString()).toList();
        fields.put("coordinatingUnits", units.isEmpty()
                ? current.get("coordinatingUnits").valueStream().map(JsonNode::asString).toList() : units);
        for (String name : List.of("theme", "timeframe", "location", "notes")) {
            fields.put(name, valueOr(read.get(name), current.get(name)));
        }
        fields.put("justification", current.get("justification").isNull() ? null : current.get("justification").asString());
        return fields;
    }

    private static String valueOr(JsonNode traced, JsonNode current) {
        if (traced != null && !traced.isNull()) {
            return traced.get("value").asString();
        }
        return current == null || current.isNull() ? null : current.asString();
    }
}
