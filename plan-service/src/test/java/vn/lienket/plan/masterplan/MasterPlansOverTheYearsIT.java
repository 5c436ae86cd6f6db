package vn.lienket.plan.masterplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.ActivityProgressReported;
import vn.lienket.contracts.MasterPlanClosed;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.Topics;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;

/**
 * HCMC runs the Mekong programme's plans year after year through the API: it starts next year's
 * plan as a copy of 350/KH-UBND, edits and publishes it, keeps its header and deadlines, and closes
 * it when the work is done. Bad input is refused naming the field, with nothing written.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true")
class MasterPlansOverTheYearsIT {

    static final String PROGRAMME = "hcmc-mekong-tourism";
    static final String PLANS = "/api/programmes/" + PROGRAMME + "/master-plans";
    static final String PLAN_350 = "350-kh-ubnd-2024";
    static final String HCMC = TestTokens.token("ho-chi-minh-city", "coordinator");

    @LocalServerPort
    int port;

    /** This context's own broker: the bootstrap property is a system property that the last context started overwrites. */
    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    KafkaTemplate<String, String> kafka;

    ApiClient api;

    @BeforeEach
    void seeded() {
        api = new ApiClient("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/master-plans/" + PLAN_350, HCMC).status() == 200);
    }

    /** A new plan's body: number, issued on 1 February of the year, covering that year, plus the fields given. */
    static String plan(String number, int year, String more) {
        return "{\"number\":\"" + number + "\",\"title\":\"Kế hoạch triển khai Chương trình liên kết năm " + year + "\","
                + "\"issuer\":\"Ủy ban nhân dân Thành phố Hồ Chí Minh\",\"issuedOn\":\"" + year + "-02-01\","
                + "\"legalBases\":[\"Kế hoạch số 2080/KH-UBND ngày 23/6/2021\"],"
                + "\"period\":{\"from\":\"" + year + "-01-01\",\"to\":\"" + year + "-12-31\"}" + more + "}";
    }

    String etag(String planId) {
        return api.get("/api/master-plans/" + planId, HCMC).header("ETag");
    }

    JsonNode read(String planId) {
        return api.get("/api/master-plans/" + planId, HCMC).json();
    }

    /** A one-section draft with these activity codes, published as the next version. */
    void publish(String planId, String... codes) {
        StringBuilder activities = new StringBuilder();
        for (String code : codes) {
            activities.append(activities.isEmpty() ? "" : ",").append("{\"code\":\"").append(code)
                    .append("\",\"title\":\"Hoạt động ").append(code).append("\",\"timeframe\":\"Năm 2025\"}");
        }
        assertThat(api.put("/api/master-plans/" + planId + "/draft", HCMC, "{\"sections\":[{\"code\":\"2\",\"title\":"
                + "\"Phát triển sản phẩm\",\"activities\":[" + activities + "]}]}", "If-Match", etag(planId)).status())
                .isEqualTo(200);
        assertThat(api.post("/api/master-plans/" + planId + "/versions", HCMC,
                "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(30) + "\"}").status()).isEqualTo(201);
    }

    List<String> planIds() {
        return api.get("/api/master-plans?programme=" + PROGRAMME + "&limit=100", HCMC).json().valueStream()
                .map(p -> p.get("id").asString()).toList();
    }

    @Test
    void aPlanStartsAsAnEmptyDraftWithItsHeaderUnderAnIdMadeOfItsNumberAndYear() {
        ApiClient.Response created = api.post(PLANS, HCMC, plan("120/KH-UBND", 2025,
                ",\"funding\":\"Ngân sách nhà nước năm 2025\""));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/master-plans/120-kh-ubnd-2025");
        assertThat(created.header("ETag")).isEqualTo("\"1\"").isEqualTo(etag("120-kh-ubnd-2025"));
        JsonNode plan = read("120-kh-ubnd-2025");
        assertThat(plan.get("number").asString()).isEqualTo("120/KH-UBND");
        assertThat(plan.get("year").asInt()).isEqualTo(2025);
        assertThat(plan.get("status").asString()).isEqualTo("OPEN");
        assertThat(plan.get("period").get("to").asString()).isEqualTo("2025-12-31");
        assertThat(plan.get("legalBases").get(0).asString()).startsWith("Kế hoạch số 2080/KH-UBND");
        assertThat(plan.get("draft").get("sections")).isEmpty();
        assertThat(plan.get("latestVersion").isNull()).isTrue();
        assertThat(api.get("/api/master-plans/120-kh-ubnd-2025/audit", HCMC).json()).singleElement()
                .satisfies(e -> assertThat(e.get("action").asString() + " " + e.get("detail").asString())
                        .isEqualTo("plan.created 120/KH-UBND from an empty draft"));
        assertThat(api.get("/api/master-plans?programme=" + PROGRAMME, TestTokens.token("kien-giang", "viewer")).json()
                .valueStream().filter(p -> p.get("id").asString().equals("120-kh-ubnd-2025")))
                .singleElement().satisfies(p -> assertThat(p.get("status").asString()).isEqualTo("OPEN"));
        assertThat(api.post("/api/master-plans/120-kh-ubnd-2025/versions", HCMC,
                "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(30) + "\"}").status())
                .as("an empty draft is nothing to publish").isEqualTo(409);
    }

    @Test
    void anotherProgrammesPlanOfTheSameNumberAndYearIsAPlanOfItsOwnUnderAnIdWithItsProgrammes() {
        ApiClient.Response created = api.post("/api/programmes/northwest-hcmc-tourism/master-plans",
                TestTokens.token("ha-giang", "coordinator"), plan("350/KH-UBND", 2024, "").replace("Thành phố Hồ Chí Minh",
                        "tỉnh Hà Giang"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/master-plans/350-kh-ubnd-2024-northwest-hcmc-tourism");
        assertThat(read(PLAN_350).get("programmeId").asString()).isEqualTo(PROGRAMME);
    }

    @Test
    void nextYearsPlanStartsAsACopyOf350AndPublishesAVersionOfItsOwn() {
        JsonNode source = api.get("/api/master-plans/" + PLAN_350, HCMC).json().get("latestVersion").get("sections");

        ApiClient.Response created = api.post(PLANS, HCMC, plan("15/KH-UBND", 2025, ",\"copyOf\":\"" + PLAN_350 + "\""));

        assertThat(created.status()).isEqualTo(201);
        String planId = "15-kh-ubnd-2025";
        JsonNode copied = created.json().get("draft").get("sections");
        assertThat(copied.size()).isEqualTo(source.size());
        for (int s = 0; s < source.size(); s++) {
            JsonNode from = source.get(s).get("activities");
            JsonNode to = copied.get(s).get("activities");
            assertThat(copied.get(s).get("code")).isEqualTo(source.get(s).get("code"));
            assertThat(to.valueStream().map(a -> a.get("title").asString()))
                    .containsExactlyElementsOf(from.valueStream().map(a -> a.get("title").asString()).toList());
            for (int a = 0; a < to.size(); a++) {
                assertThat(to.get(a).get("code").asString()).as("numbered without gaps")
                        .isEqualTo(source.get(s).get("code").asString() + "." + (a + 1));
                assertThat(to.get(a).get("location")).isEqualTo(from.get(a).get("location"));
            }
        }
        assertThat(api.get("/api/master-plans/" + planId + "/audit", HCMC).json().get(0).get("detail").asString())
                .startsWith("15/KH-UBND from a copy of 350/KH-UBND (350-kh-ubnd-2024) version ");
        assertThat(read(PLAN_350).get("draft").get("sections").size()).as("the source is as it was").isEqualTo(source.size());

        String activity = "{\"code\":\"2.3\",\"title\":\"Không gian kết nối 2025\",\"timeframe\":\"Quý III/2025\","
                + "\"location\":\"Tỉnh Trà Vinh\"}";
        assertThat(api.put("/api/master-plans/" + planId + "/draft/activities/2.3", HCMC, activity, "If-Match",
                created.header("ETag")).status()).isEqualTo(200);
        ApiClient.Response published = api.post("/api/master-plans/" + planId + "/versions", HCMC,
                "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(30) + "\",\"summary\":\"Kế hoạch năm 2025\"}");

        assertThat(published.status()).isEqualTo(201);
        assertThat(published.json().get("number").asInt()).isEqualTo(1);
        assertThat(published.json().get("header").get("number").asString()).isEqualTo("15/KH-UBND");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                TestEvents.readAll(broker.getBrokersAsString(), Topics.MASTER_PLANS, MasterPlanVersionPublished.class).stream()
                        .filter(e -> e.planId().equals(planId)))
                .singleElement().satisfies(e -> {
                    assertThat(e.version()).isEqualTo(1);
                    assertThat(e.planNumber()).isEqualTo("15/KH-UBND");
                    assertThat(e.members()).hasSize(13);
                    assertThat(e.sections().stream().flatMap(s -> s.activities().stream())
                            .filter(a -> a.code().equals("2.3"))).singleElement()
                            .satisfies(a -> assertThat(a.location()).isEqualTo("Tỉnh Trà Vinh"));
                }));
    }

    @Test
    void aCopyIsNumberedWithoutGapsUnlessAskedToKeepTheNumbers() {
        assertThat(api.post(PLANS, HCMC, plan("21/KH-UBND", 2024, "")).status()).isEqualTo(201);
        publish("21-kh-ubnd-2024", "2.1", "2.3", "2.4");

        JsonNode renumbered = api.post(PLANS, HCMC, plan("22/KH-UBND", 2025, ",\"copyOf\":\"21-kh-ubnd-2024\"")).json();
        JsonNode kept = api.post(PLANS, HCMC, plan("23/KH-UBND", 2025,
                ",\"copyOf\":\"21-kh-ubnd-2024\",\"renumber\":false")).json();

        assertThat(renumbered.get("draft").get("sections").get(0).get("activities").valueStream()
                .map(a -> a.get("code").asString() + " " + a.get("title").asString()))
                .containsExactly("2.1 Hoạt động 2.1", "2.2 Hoạt động 2.3", "2.3 Hoạt động 2.4");
        assertThat(kept.get("draft").get("sections").get(0).get("activities").valueStream().map(a -> a.get("code").asString()))
                .containsExactly("2.1", "2.3", "2.4");
        assertThat(api.get("/api/master-plans/22-kh-ubnd-2025/audit", HCMC).json().get(0).get("detail").asString())
                .endsWith("renumbered 2.3→2.2, 2.4→2.3");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        assertThat(api.post(PLANS, HCMC, plan("30/KH-UBND", 2025, "")).status()).isEqualTo(201); // never published
        String admin = TestTokens.token("platform", "platform-admin");
        if (api.get("/api/programmes/archived-tourism", HCMC).status() == 404) {
            assertThat(api.post("/api/programmes", admin, "{\"id\":\"archived-tourism\",\"name\":\"Chương trình đã kết thúc\","
                    + "\"sectors\":[\"tourism\"],\"leadAuthority\":\"ho-chi-minh-city\",\"members\":[\"kien-giang\"],"
                    + "\"period\":{\"from\":\"2024-01-01\"}}").status()).isEqualTo(201);
            assertThat(api.post("/api/programmes/archived-tourism/archive", admin, "").status()).isEqualTo(200);
        }
        List<String> before = planIds();

        ApiClient.Response numberUsed = api.post(PLANS, HCMC, plan("350/KH-UBND", 2024, ""));
        ApiClient.Response endsBeforeItStarts = api.post(PLANS, HCMC, plan("31/KH-UBND", 2025, "")
                .replace("\"to\":\"2025-12-31\"", "\"to\":\"2024-12-31\""));
        ApiClient.Response otherProgramme = api.post(PLANS, HCMC, plan("32/KH-UBND", 2025, ",\"copyOf\":\"61-kh-nht-2021\""));
        ApiClient.Response neverPublished = api.post(PLANS, HCMC, plan("33/KH-UBND", 2025, ",\"copyOf\":\"30-kh-ubnd-2025\""));
        ApiClient.Response noSuchPlan = api.post(PLANS, HCMC, plan("34/KH-UBND", 2025, ",\"copyOf\":\"999-kh-ubnd-2020\""));
        ApiClient.Response badDeadline = api.post(PLANS, HCMC, plan("35/KH-UBND", 2025,
                ",\"reportingDeadlines\":[{\"label\":\"năm\",\"everyYear\":\"02-30\"}]"));
        ApiClient.Response member = api.post(PLANS, TestTokens.token("kien-giang", "coordinator"), plan("36/KH-UBND", 2025, ""));
        ApiClient.Response leadPlanner = api.post(PLANS, TestTokens.token("ho-chi-minh-city", "planner"), plan("37/KH-UBND", 2025, ""));
        ApiClient.Response archived = api.post("/api/programmes/archived-tourism/master-plans", HCMC, plan("38/KH-UBND", 2025, ""));
        ApiClient.Response unknown = api.post("/api/programmes/no-such-programme/master-plans", HCMC, plan("39/KH-UBND", 2025, ""));

        assertThat(List.of(numberUsed, endsBeforeItStarts, otherProgramme, neverPublished, noSuchPlan, badDeadline, member,
                leadPlanner, archived, unknown)).allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
        assertThat(numberUsed.status()).isEqualTo(409);
        assertThat(numberUsed.json().get("field").asString()).isEqualTo("number");
        assertThat(endsBeforeItStarts.status()).isEqualTo(400);
        assertThat(endsBeforeItStarts.json().get("field").asString()).isEqualTo("period.to");
        assertThat(List.of(otherProgramme, neverPublished, noSuchPlan)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.json().get("field").asString()).isEqualTo("copyOf");
        });
        assertThat(otherProgramme.json().get("detail").asString()).contains("northwest-hcmc-tourism");
        assertThat(neverPublished.json().get("detail").asString()).contains("never been published");
        assertThat(badDeadline.status()).isEqualTo(400);
        assertThat(badDeadline.json().get("field").asString()).isEqualTo("reportingDeadlines[0].everyYear");
        assertThat(member.status()).isEqualTo(403);
        assertThat(leadPlanner.status()).isEqualTo(403);
        assertThat(archived.status()).isEqualTo(409);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(planIds()).isEqualTo(before);
        assertThat(api.get("/api/master-plans?programme=archived-tourism", HCMC).json()).isEmpty();
        assertThat(api.get("/api/master-plans/38-kh-ubnd-2025", HCMC).status()).isEqualTo(404);
    }

    @Test
    void theHeaderChangesUnderIfMatchAndAPublishedVersionKeepsTheHeaderItHad() {
        assertThat(api.post(PLANS, HCMC, plan("40/KH-UBND", 2025, "")).status()).isEqualTo(201);
        String planId = "40-kh-ubnd-2025";
        publish(planId, "2.1");
        String etag = etag(planId);
        String header = plan("41/KH-UBND", 2025, "").replace("năm 2025", "năm 2025 (sửa đổi)")
                .replace("\"to\":\"2025-12-31\"", "\"to\":\"2026-06-30\"");

        assertThat(api.put("/api/master-plans/" + planId + "/header", HCMC, header).status()).isEqualTo(428);
        assertThat(api.put("/api/master-plans/" + planId + "/header", HCMC, header, "If-Match", "\"0\"").status()).isEqualTo(412);
        assertThat(api.put("/api/master-plans/" + planId + "/header", HCMC, plan("350/KH-UBND", 2024, ""), "If-Match", etag)
                .json().get("field").asString()).as("a number the programme uses that year").isEqualTo("number");
        assertThat(etag(planId)).as("nothing written").isEqualTo(etag);
        ApiClient.Response changed = api.put("/api/master-plans/" + planId + "/header", HCMC, header, "If-Match", etag);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.json().get("id").asString()).isEqualTo(planId);
        assertThat(changed.json().get("number").asString()).isEqualTo("41/KH-UBND");
        assertThat(changed.json().get("period").get("to").asString()).isEqualTo("2026-06-30");
        JsonNode version1 = api.get("/api/master-plans/" + planId + "/versions/1", HCMC).json();
        assertThat(version1.get("header").get("number").asString()).isEqualTo("40/KH-UBND");
        assertThat(version1.get("header").get("title").asString()).endsWith("năm 2025");
        assertThat(api.get("/api/master-plans/" + planId + "/audit", HCMC).json().valueStream()
                .filter(e -> e.get("action").asString().equals("header.changed"))).singleElement()
                .satisfies(e -> assertThat(e.get("detail").asString()).contains("number: 40/KH-UBND → 41/KH-UBND")
                        .contains("period: 2025-01-01–2025-12-31 → 2025-01-01–2026-06-30"));
        assertThat(api.put("/api/master-plans/" + planId + "/header", TestTokens.token("kien-giang", "coordinator"), header,
                "If-Match", changed.header("ETag")).status()).isEqualTo(403);
    }

    @Test
    void aPlanHasSeveralReportingDeadlinesAndTheBoardShowsWhoReportedInTimeForEach() {
        String body = plan("50/KH-UBND", 2023, "").replace("\"to\":\"2023-12-31\"", "\"to\":\"2025-12-31\"");
        assertThat(api.post(PLANS, HCMC, body).status()).isEqualTo(201);
        String planId = "50-kh-ubnd-2023";
        String deadlines = "{\"reportingDeadlines\":[{\"label\":\"6 tháng\",\"date\":\"2024-06-10\"},"
                + "{\"label\":\"năm\",\"everyYear\":\"12-15\"}]}";

        ApiClient.Response set = api.put("/api/master-plans/" + planId + "/reporting-deadlines", HCMC, deadlines,
                "If-Match", etag(planId));

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("reportingDates").valueStream().map(d -> d.get("label").asString() + " " + d.get("date").asString()))
                .containsExactly("năm 2023-12-15", "6 tháng 2024-06-10", "năm 2024-12-15", "năm 2025-12-15");
        // Kiên Giang reported before 10/6/2024 and again since; Sóc Trăng only after it
        report("kien-giang", Instant.parse("2024-06-01T03:00:00Z"));
        report("kien-giang", Instant.now());
        report("soc-trang", Instant.parse("2024-06-11T03:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode board = api.get("/api/master-plans/" + planId + "/progress", HCMC).json();
            assertThat(board.get("deadlines").valueStream().map(d -> d.get("label").asString() + " " + d.get("date").asString()))
                    .containsExactly("năm 2023-12-15", "6 tháng 2024-06-10", "năm 2024-12-15", "năm 2025-12-15");
            JsonNode first = board.get("deadlines").get(0);
            JsonNode sixMonths = board.get("deadlines").get(1);
            JsonNode annual2024 = board.get("deadlines").get(2);
            assertThat(first.get("passed").asBoolean()).isTrue();
            assertThat(first.get("reportedInTime")).isEmpty();
            // the seeded programme's members joined on 1/1/2024: nobody owed the report of 15/12/2023
            assertThat(first.get("missing")).isEmpty();
            assertThat(sixMonths.get("reportedInTime").valueStream().map(JsonNode::asString)).containsExactly("kien-giang");
            assertThat(sixMonths.get("missing").valueStream().map(JsonNode::asString)).contains("soc-trang").hasSize(12);
            assertThat(annual2024.get("reportedInTime").valueStream().map(JsonNode::asString))
                    .containsExactlyInAnyOrder("kien-giang", "soc-trang");
        });
        assertThat(api.put("/api/master-plans/" + planId + "/reporting-deadlines", HCMC,
                "{\"reportingDeadlines\":[{\"label\":\"năm\",\"date\":\"2024-12-15\",\"everyYear\":\"12-15\"}]}",
                "If-Match", etag(planId)).json().get("field").asString()).isEqualTo("reportingDeadlines[0].date");
    }

    void report(String province, Instant at) {
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, new ActivityProgressReported(UUID.randomUUID().toString(), at, province,
                PROGRAMME, "ho-chi-minh-city", "50-kh-ubnd-2023", "2.1", "2.1", "IN_PROGRESS",
                vn.lienket.support.time.VietnamTime.dateOf(at), null));
    }

    @Test
    void aClosedPlanRefusesEveryWriteStaysReadableAndListedAndItsClosingIsAnEvent() {
        assertThat(api.post(PLANS, HCMC, plan("60/KH-UBND", 2025, "")).status()).isEqualTo(201);
        String planId = "60-kh-ubnd-2025";
        String plan = "/api/master-plans/" + planId;
        publish(planId, "2.1", "2.2");

        assertThat(api.post(plan + "/close", HCMC, "").status()).isEqualTo(428);
        assertThat(api.post(plan + "/close", TestTokens.token("kien-giang", "coordinator"), "", "If-Match", etag(planId))
                .status()).isEqualTo(403);
        ApiClient.Response closed = api.post(plan + "/close", HCMC, "", "If-Match", etag(planId));

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        String etag = closed.header("ETag");
        String activity = "{\"code\":\"2.3\",\"title\":\"Famtrip\",\"timeframe\":\"Quý IV/2025\"}";
        List<ApiClient.Response> writes = List.of(
                api.put(plan + "/draft", HCMC, "{\"sections\":[{\"code\":\"2\",\"title\":\"A\",\"activities\":[" + activity
                        + "]}]}", "If-Match", etag),
                api.post(plan + "/draft/sections/2/activities", HCMC, activity, "If-Match", etag),
                api.put(plan + "/draft/activities/2.1", HCMC, activity.replace("2.3", "2.1"), "If-Match", etag),
                api.delete(plan + "/draft/activities/2.1", HCMC, "If-Match", etag),
                api.post(plan + "/draft/activities/2.1/move", HCMC, "{\"toSection\":\"2\",\"newCode\":\"2.9\"}", "If-Match", etag),
                api.put(plan + "/header", HCMC, plan("61/KH-UBND", 2025, ""), "If-Match", etag),
                api.put(plan + "/reporting-deadlines", HCMC, "{\"reportingDeadlines\":[]}", "If-Match", etag),
                api.put(plan + "/reporting-deadline", HCMC, "{\"reportingDeadline\":\"2025-12-15\"}", "If-Match", etag),
                api.post(plan + "/versions", HCMC, "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(30) + "\"}"),
                api.post(plan + "/close", HCMC, "", "If-Match", etag));
        assertThat(writes).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.json().get("type").asString()).endsWith("plan-closed");
        });

        assertThat(etag(planId)).as("nothing written").isEqualTo(etag);
        assertThat(read(planId).get("latestVersion").get("number").asInt()).isEqualTo(1);
        assertThat(api.get(plan + "/versions/1", TestTokens.token("kien-giang", "planner")).status()).isEqualTo(200);
        assertThat(api.get(plan + "/audit", HCMC).json().valueStream().map(e -> e.get("action").asString()))
                .as("newest first").containsExactly("plan.closed", "version.published", "draft.replaced", "plan.created");
        assertThat(api.get("/api/master-plans?programme=" + PROGRAMME + "&limit=100", HCMC).json().valueStream()
                .filter(p -> p.get("id").asString().equals(planId))).singleElement()
                .satisfies(p -> assertThat(p.get("status").asString()).isEqualTo("CLOSED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                TestEvents.readAll(broker.getBrokersAsString(), Topics.MASTER_PLANS).stream()
                        .filter(r -> planId.equals(r.key()))
                        .map(vn.lienket.support.messaging.IncomingEvents::parse).flatMap(java.util.Optional::stream)
                        .filter(MasterPlanClosed.class::isInstance).map(MasterPlanClosed.class::cast))
                .singleElement().satisfies(e -> {
                    assertThat(e.planNumber()).isEqualTo("60/KH-UBND");
                    assertThat(e.latestVersion()).isEqualTo(1);
                    assertThat(e.leadAuthority()).isEqualTo("ho-chi-minh-city");
                }));
    }
}
