package vn.lienket.plan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.documents.testing.TestDocuments;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.Multipart;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/**
 * HCMC imports its plan 350 as a text document: the preview shows every field with the line it came
 * from and what the document lacks; applying creates the plan with its 13 activities, once. Hostile
 * files are refused on the field {@code file}, with nothing written.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true") // the context the other seeded tests share
class PlanImportIT {

    static final String PROGRAMME = "hcmc-mekong-tourism";
    static final String IMPORTS = "/api/programmes/" + PROGRAMME + "/plan-imports";
    static final String HCMC = TestTokens.token("ho-chi-minh-city", "coordinator");
    static final String ACTIVITY = "1.1. Diễn đàn liên kết hợp tác phát triển du lịch";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    ApiClient api;
    final ProgrammeFixture fixture = ProgrammeFixture.hcmcMekong2024();

    @BeforeEach
    void seeded() {
        api = new ApiClient("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/master-plans/350-kh-ubnd-2024", HCMC).status() == 200);
    }

    @Test
    void aTextPlanIsPreviewedWithItsSourcesAndAppliedOnce() {
        String text = PlanText.of(fixture, null);
        List<String> lines = List.of(text.split("\n", -1));
        ApiClient.Response imported = api.upload(IMPORTS, HCMC, "ke-hoach-350.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode preview = imported.json();
        String id = preview.get("id").asString();
        assertThat(imported.header("Location")).isEqualTo(IMPORTS + "/" + id);
        assertThat(preview.get("programmeId").asString()).isEqualTo(PROGRAMME);
        assertThat(preview.get("fileName").asString()).isEqualTo("ke-hoach-350.txt");
        assertThat(preview.get("format").asString()).isEqualTo("TEXT");
        assertThat(preview.get("encoding").asString()).isEqualTo("UTF-8");
        assertThat(preview.get("status").asString()).isEqualTo("PREVIEW");
        assertThat(preview.get("createdBy").asString()).isNotBlank();
        assertThat(preview.has("sha256")).isTrue();
        JsonNode header = preview.get("header");
        assertThat(header.get("number").isNull() || header.get("number").get("value").isNull()).as(header.toString()).isTrue();
        assertThat(header.get("title").get("value").asString()).isEqualTo(fixture.masterPlan().title());
        assertThat(header.get("title").get("source").asString()).isEqualTo("line " + (lines.indexOf(fixture.masterPlan().title()) + 1));
        assertThat(header.get("issuedOn").get("value").asString()).isEqualTo("2024-01-19");
        assertThat(header.get("periodFrom").get("value").asString()).isEqualTo("2024-01-01");
        assertThat(header.get("periodTo").get("value").asString()).isEqualTo("2024-12-31");
        assertThat(header.get("issuer").get("value").asString()).containsIgnoringCase("Hồ Chí Minh");
        assertThat(header.get("citedPlans").toString()).contains("2080/KH-UBND");
        assertThat(preview.get("missing")).hasSize(1);
        assertThat(preview.get("missing").get(0).get("field").asString()).isEqualTo("header.number");

        ProgrammeFixture.Activity first = fixture.masterPlan().sections().get(0).activities().get(0);
        JsonNode activity = preview.get("sections").get(0).get("activities").get(0);
        assertThat(activity.get("code").get("value").asString()).isEqualTo(first.code());
        assertThat(activity.get("title").get("value").asString()).isEqualTo(first.title());
        assertThat(activity.get("title").get("source").asString())
                .isEqualTo("line " + (lines.indexOf(first.code() + ". " + first.title()) + 1));
        assertThat(activity.get("theme").get("source").asString())
                .isEqualTo("line " + (lines.indexOf("- Chủ đề: " + first.theme()) + 1));
        assertThat(activities(preview.get("sections"), true)).isEqualTo(expected());
        assertThat(api.get(IMPORTS + "/" + id, HCMC).json()).isEqualTo(preview);

        long plans = plans();
        // the document has no number: 422 naming it, nothing created
        ApiClient.Response incomplete = api.post(IMPORTS + "/" + id + "/apply", HCMC, "");
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(422);
        assertThat(incomplete.json().get("field").asString()).isEqualTo("header.number");
        assertThat(plans()).isEqualTo(plans);

        ApiClient.Response applied = api.post(IMPORTS + "/" + id + "/apply", HCMC, "{\"number\":\"351/KH-UBND\"}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.header("Location")).isEqualTo("/api/master-plans/351-kh-ubnd-2024");
        assertThat(applied.header("ETag")).isNotBlank();
        JsonNode plan = api.get("/api/master-plans/351-kh-ubnd-2024", HCMC).json();
        assertThat(plan.get("number").asString()).isEqualTo("351/KH-UBND");
        assertThat(plan.get("title").asString()).isEqualTo(fixture.masterPlan().title());
        assertThat(plan.get("issuedOn").asString()).isEqualTo("2024-01-19");
        assertThat(plan.get("period").get("from").asString()).isEqualTo("2024-01-01");
        assertThat(plan.get("period").get("to").asString()).isEqualTo("2024-12-31");
        assertThat(plan.get("funding").asString()).isEqualTo(fixture.masterPlan().funding());
        assertThat(activities(plan.get("draft").get("sections"), false)).isEqualTo(expected());
        assertThat(activities(plan.get("draft").get("sections"), false)).hasSize(13);
        assertThat(plans()).isEqualTo(plans + 1);

        JsonNode after = api.get(IMPORTS + "/" + id, HCMC).json();
        assertThat(after.get("status").asString()).isEqualTo("APPLIED");
        assertThat(after.get("planId").asString()).isEqualTo("351-kh-ubnd-2024");
        assertThat(after.get("appliedBy").asString()).isNotBlank();

        ApiClient.Response again = api.post(IMPORTS + "/" + id + "/apply", HCMC, "{\"number\":\"352/KH-UBND\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(plans()).isEqualTo(plans + 1);
    }

    @Test
    void aDocumentWithItsNumberNeedsNothingMoreAndANumberTakenIsAConflict() {
        ApiClient.Response imported = api.upload(IMPORTS, HCMC, "350.txt",
                PlanText.of(fixture, "350/KH-UBND").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("header").get("number").get("value").asString()).isEqualTo("350/KH-UBND");
        assertThat(imported.json().get("missing")).isEmpty();
        long plans = plans();
        // 350/KH-UBND of 2024 is the seeded plan: 409 naming number, and the preview can still be applied
        String apply = IMPORTS + "/" + imported.json().get("id").asString() + "/apply";
        ApiClient.Response taken = api.post(apply, HCMC, "");
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.json().get("field").asString()).isEqualTo("number");
        assertThat(plans()).isEqualTo(plans);
        assertThat(api.get(IMPORTS + "/" + imported.json().get("id").asString(), HCMC).json().get("status").asString())
                .isEqualTo("PREVIEW");
        ApiClient.Response applied = api.post(apply, HCMC, "{\"number\":\"353/KH-UBND\",\"period\":{\"from\":\"2024-02-01\","
                + "\"to\":\"2024-11-30\"}}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().get("period").get("from").asString()).isEqualTo("2024-02-01");
        assertThat(applied.json().get("period").get("to").asString()).isEqualTo("2024-11-30");
    }

    @Test
    void anActivityThatFailsTheDraftsRulesIsNamedAndNothingIsCreated() {
        ProgrammeFixture.MasterPlan m = fixture.masterPlan();
        List<ProgrammeFixture.Section> sections = new ArrayList<>(m.sections());
        ProgrammeFixture.Section second = sections.get(1);
        List<ProgrammeFixture.Activity> activities = new ArrayList<>(second.activities());
        ProgrammeFixture.Activity a = activities.get(2);
        activities.set(2, new ProgrammeFixture.Activity(a.code(), a.title() + " " + "rất dài ".repeat(130), a.theme(),
                a.timeframe(), a.location()));
        sections.set(1, new ProgrammeFixture.Section(second.code(), second.title(), activities));
        ProgrammeFixture long_ = new ProgrammeFixture(fixture.programme(), fixture.authorities(),
                fixture.kienGiangCoordinatingUnits(), new ProgrammeFixture.MasterPlan(m.number(), m.issuedOn(), m.issuer(),
                m.title(), m.year(), m.legalBases(), m.funding(), sections));
        ApiClient.Response imported = api.upload(IMPORTS, HCMC, "dai.txt",
                PlanText.of(long_, "354/KH-UBND").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long plans = plans();
        ApiClient.Response refused = api.post(IMPORTS + "/" + imported.json().get("id").asString() + "/apply", HCMC, "");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("sections[1].activities[2].title");
        assertThat(plans()).isEqualTo(plans);
        assertThat(api.get("/api/master-plans/354-kh-ubnd-2024", HCMC).status()).isEqualTo(404);
        // a title too long in the body: named as the header's
        ApiClient.Response header = api.post(IMPORTS + "/" + imported.json().get("id").asString() + "/apply", HCMC,
                "{\"title\":\"" + "x".repeat(1001) + "\"}");
        assertThat(header.status()).as(header.body()).isEqualTo(400);
        assertThat(header.json().get("field").asString()).isEqualTo("header.title");
        assertThat(plans()).isEqualTo(plans);
    }

    @Test
    void hostileFilesAreRefusedOnTheFieldFileWithNothingWritten() {
        record Case(String name, Supplier<ApiClient.Response> upload, int status, String slug) {
        }
        List<Case> cases = List.of(
                new Case("zip bomb", () -> api.upload(IMPORTS, HCMC, "bomb.docx",
                        TestDocuments.zipBombDocx(50L * 1024 * 1024)), 413, "document-zip-bomb"),
                new Case("truncated .docx", () -> api.upload(IMPORTS, HCMC, "cut.docx", TestDocuments.truncated(
                        TestDocuments.docx().paragraph("KẾ HOẠCH").paragraph(ACTIVITY).bytes())),
                        400, "document-malformed"),
                new Case("PDF with JavaScript", () -> api.upload(IMPORTS, HCMC, "js.pdf",
                        TestDocuments.pdfWithJavaScriptOpenAction(List.of("KẾ HOẠCH", ACTIVITY))), 422, "document-active-content"),
                // sent whole before the answer is read, as curl and most scripts do
                new Case("200 MB upload", () -> Uploads.stream(api, IMPORTS, HCMC, "big.txt", 200L * 1024 * 1024, false), 413,
                        "document-too-large"),
                new Case("200 MB upload asking to continue", () -> Uploads.stream(api, IMPORTS, HCMC, "big.txt",
                        200L * 1024 * 1024, true), 413, "document-too-large"),
                new Case("no part file", () -> api.postForm(IMPORTS, HCMC, Multipart.file("document", "plan.txt",
                        PlanText.of(fixture, null).getBytes(StandardCharsets.UTF_8))), 400, "invalid-input"),
                new Case("empty file", () -> api.upload(IMPORTS, HCMC, "empty.txt", new byte[0]), 400, "invalid-input"));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            long previews = previews();
            long plans = plans();
            ApiClient.Response answer = c.upload().get();
            JsonNode problem = answer.body().isBlank() ? null : answer.json();
            boolean right = answer.status() == c.status() && problem != null
                    && ("urn:lienket:problem:" + c.slug()).equals(problem.path("type").asString())
                    && "file".equals(problem.path("field").asString())
                    && "file".equals(problem.path("errors").path(0).path("field").asString())
                    && answer.contentType().startsWith("application/problem+json")
                    && previews() == previews && plans() == plans;
            if (!right) {
                wrong.add(c.name() + ": " + answer.status() + " " + answer.body());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void previewsOlderThanSevenDaysAreRemovedWhenTheNextIsMade() {
        java.time.Instant old = java.time.Instant.now().minus(Duration.ofDays(8));
        java.time.Instant recent = java.time.Instant.now().minus(Duration.ofDays(6));
        for (var made : List.of(java.util.Map.entry("old-preview", old), java.util.Map.entry("recent-preview", recent))) {
            database.getCollection("plan_imports").insertOne(new org.bson.Document("_id", made.getKey())
                    .append("programmeId", PROGRAMME).append("status", "PREVIEW").append("size", 1).append("pages", 1).append("createdAt", made.getValue().toString())
                    .append("createdAtMillis", made.getValue().toEpochMilli()));
        }
        assertThat(api.get(IMPORTS + "/old-preview", HCMC).status()).isEqualTo(200);
        ApiClient.Response imported = api.upload(IMPORTS, HCMC, "350.txt",
                PlanText.of(fixture, "355/KH-UBND").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(api.get(IMPORTS + "/old-preview", HCMC).status()).isEqualTo(404);
        assertThat(api.get(IMPORTS + "/recent-preview", HCMC).status()).isEqualTo(200);
    }

    @Test
    void anUnknownProgrammeOrImportIs404() {
        assertThat(api.upload("/api/programmes/no-such-programme/plan-imports", HCMC, "a.txt",
                "x".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(404);
        assertThat(api.get(IMPORTS + "/no-such-import", HCMC).status()).isEqualTo(404);
        assertThat(api.post(IMPORTS + "/no-such-import/apply", HCMC, "").status()).isEqualTo(404);
    }

    /** Every activity as "code | title | theme | timeframe | location", in order. */
    static List<String> activities(JsonNode sections, boolean traced) {
        List<String> all = new ArrayList<>();
        for (JsonNode section : sections) {
            for (JsonNode a : section.get("activities")) {
                all.add(String.join(" | ", field(a, "code", traced), field(a, "title", traced), field(a, "theme", traced),
                        field(a, "timeframe", traced), field(a, "location", traced)));
            }
        }
        return all;
    }

    private static String field(JsonNode activity, String name, boolean traced) {
        JsonNode node = traced ? activity.path(name).path("value") : activity.path(name);
        return node.isMissingNode() || node.isNull() ? "null" : node.asString();
    }

    List<String> expected() {
        return fixture.masterPlan().sections().stream().flatMap(s -> s.activities().stream())
                .map(a -> String.join(" | ", a.code(), a.title(), String.valueOf(a.theme()), String.valueOf(a.timeframe()),
                        String.valueOf(a.location()))).toList();
    }

    long plans() {
        return database.getCollection("master_plans").countDocuments();
    }

    long previews() {
        return database.getCollection("plan_imports").countDocuments();
    }
}
