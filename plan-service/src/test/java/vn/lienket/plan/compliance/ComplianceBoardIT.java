package vn.lienket.plan.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.ActivityProgressReported;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.MemberProgressMissing;
import vn.lienket.contracts.MemberRevisionOverdue;
import vn.lienket.contracts.MemberRevisionReminder;
import vn.lienket.contracts.Topics;
import vn.lienket.plan.masterplan.MasterPlan;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.masterplan.ReportingDeadline;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;

/** HCMC's board follows what each province's service reports, and a late or repeated event changes nothing. */
@ServiceTest
@TestPropertySource(properties = {"lienket.seed.enabled=true", "lienket.deadlines.check-interval=PT0.3S"})
class ComplianceBoardIT {

    static final String PLAN_ID = "350-kh-ubnd-2024";
    static final String HCMC = TestTokens.token("ho-chi-minh-city", "coordinator");

    @Autowired
    KafkaTemplate<String, String> kafka;

    @LocalServerPort
    int port;

    JsonNode row(String member) {
        JsonNode board = new ApiClient("http://127.0.0.1:" + port).get("/api/master-plans/" + PLAN_ID + "/compliance", HCMC).json();
        for (JsonNode row : board.get("members")) {
            if (row.get("memberId").asString().equals(member)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + member);
    }

    static DerivedPlanRevisionRequired required(String province, int version, LocalDate due) {
        return new DerivedPlanRevisionRequired(UUID.randomUUID().toString(), Instant.now(), province, "hcmc-mekong-tourism",
                "ho-chi-minh-city", PLAN_ID, "350/KH-UBND", "Kế hoạch 350", version, version - 1, due, List.of(), List.of());
    }

    @Test
    void notifiedThenRevisedAndNeverBackwards() {
        int version = 100 + (int) (System.nanoTime() % 1000);
        LocalDate due = LocalDate.now().plusDays(10);
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, required("bac-lieu", version, due));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(row("bac-lieu").get("status").asString()).isEqualTo("NOTIFIED");
            assertThat(row("bac-lieu").get("requiredVersion").asInt()).isEqualTo(version);
        });

        TestEvents.send(kafka, Topics.PROVINCE_PLANS, new DerivedPlanRevised(UUID.randomUUID().toString(), Instant.now(),
                "bac-lieu", "hcmc-mekong-tourism", "ho-chi-minh-city", PLAN_ID, "350/KH-UBND", 5, version, due, true));
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, required("bac-lieu", version, due));
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, required("ca-mau", version, LocalDate.now().minusDays(1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(row("ca-mau").get("status").asString()).isEqualTo("OVERDUE");
            assertThat(row("bac-lieu").get("status").asString()).isEqualTo("REVISED");
            assertThat(row("bac-lieu").get("basedOnVersion").asInt()).isEqualTo(version);
            assertThat(row("bac-lieu").get("onTime").asBoolean()).isTrue();
        });
        JsonNode audit = new ApiClient("http://127.0.0.1:" + port).get("/api/master-plans/" + PLAN_ID + "/compliance/audit", HCMC).json();
        assertThat(audit.valueStream().filter(e -> e.get("detail").asString().startsWith("bac-lieu on version " + version))
                .map(e -> e.get("action").asString())).as("newest first").containsExactly("revised", "notified");
    }

    /** This context's own broker: the bootstrap property is a system property that the last context started overwrites. */
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void aMemberPastItsDueDateIsMarkedOverdueAndReportedOnce() {
        int version = 2000 + (int) (System.nanoTime() % 1000);
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, required("hau-giang", version, LocalDate.now().minusDays(2)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                overdueEvents("hau-giang", version)).hasSize(1));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> overdueEvents("hau-giang", version).size() == 1);
        assertThat(row("hau-giang").get("status").asString()).isEqualTo("OVERDUE");
        assertThat(TestEvents.readAll(broker.getBrokersAsString(), Topics.MASTER_PLANS, MemberRevisionOverdue.class))
                .as("compliance escalations have a topic of their own").isEmpty();
    }

    List<MemberRevisionOverdue> overdueEvents(String member, int version) {
        return TestEvents.readAll(broker.getBrokersAsString(), Topics.COMPLIANCE, MemberRevisionOverdue.class).stream()
                .filter(e -> e.memberId().equals(member) && e.requiredVersion() == version).toList();
    }

    @Test
    void progressRollsUpPerMasterActivityAndWhoMissedTheDeadlineIsShownAndToldOnce() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/master-plans/" + PLAN_ID, HCMC).status() == 200);
        LocalDate deadline = LocalDate.now().minusDays(3);
        Instant beforeDeadline = deadline.minusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, progress("kien-giang", "5.1", "DONE", beforeDeadline));
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, progress("soc-trang", "5.1", "IN_PROGRESS", Instant.now()));
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, progress("kien-giang", "5.1", "IN_PROGRESS",
                beforeDeadline.minusSeconds(3600))); // older than what is kept: history, not current
        // reported by the deadline and updated after it: still not missing at the deadline
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, progress("kien-giang", "5.1", "DONE", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode board = api.get("/api/master-plans/" + PLAN_ID + "/progress", HCMC).json();
            JsonNode award = board.get("activities").valueStream()
                    .filter(a -> a.get("code").asString().equals("5.1")).findFirst().orElseThrow();
            assertThat(award.get("byStatus").get("DONE").asInt()).isEqualTo(1);
            assertThat(award.get("byStatus").get("IN_PROGRESS").asInt()).isEqualTo(1);
            assertThat(board.get("notReported").valueStream().map(JsonNode::asString))
                    .doesNotContain("kien-giang", "soc-trang").contains("ca-mau");
            assertThat(award.get("reports").valueStream().filter(r -> r.get("memberId").asString().equals("kien-giang")))
                    .singleElement().satisfies(r -> assertThat(r.get("reports").asInt()).isEqualTo(3));
        });

        LocalDate later = LocalDate.now().plusDays(30);
        assertThat(api.put("/api/master-plans/" + PLAN_ID + "/reporting-deadlines", HCMC,
                "{\"reportingDeadlines\":[{\"label\":\"6 tháng\",\"date\":\"" + deadline + "\"},"
                        + "{\"label\":\"năm\",\"date\":\"" + later + "\"}]}", "If-Match",
                api.get("/api/master-plans/" + PLAN_ID, HCMC).header("ETag")).status()).isEqualTo(200);

        JsonNode board = api.get("/api/master-plans/" + PLAN_ID + "/progress", HCMC).json();
        JsonNode passed = board.get("deadlines").get(0);
        assertThat(passed.get("label").asString()).isEqualTo("6 tháng");
        assertThat(passed.get("passed").asBoolean()).isTrue();
        assertThat(passed.get("missing").valueStream().map(JsonNode::asString))
                .contains("soc-trang", "ca-mau").doesNotContain("kien-giang");
        assertThat(passed.get("reportedInTime").valueStream().map(JsonNode::asString)).containsExactly("kien-giang");
        JsonNode coming = board.get("deadlines").get(1);
        assertThat(coming.get("passed").asBoolean()).isFalse();
        assertThat(coming.get("missing").isNull()).as("nobody is missing before the day").isTrue();
        assertThat(coming.get("reportedInTime").valueStream().map(JsonNode::asString)).contains("kien-giang", "soc-trang");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(missingEvents(deadline))
                .extracting(MemberProgressMissing::memberId).hasSize(12).contains("soc-trang", "ca-mau")
                .doesNotContain("kien-giang"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> missingEvents(deadline).size() == 12);
        assertThat(TestEvents.readAll(broker.getBrokersAsString(), Topics.MASTER_PLANS, MemberProgressMissing.class))
                .as("progress deadlines have a topic of their own").isEmpty();
        assertThat(api.get("/api/master-plans/" + PLAN_ID + "/progress", TestTokens.token("kien-giang", "planner")).status())
                .isEqualTo(403);
    }

    List<MemberProgressMissing> missingEvents(LocalDate deadline) {
        return TestEvents.readAll(broker.getBrokersAsString(), Topics.PROGRESS_DEADLINES, MemberProgressMissing.class).stream()
                .filter(e -> e.planId().equals(PLAN_ID) && e.reportingDeadline().equals(deadline)).toList();
    }

    @Test
    void aMemberStillToReviseIsRemindedSevenDaysBeforeTheDueDateOnce() {
        int version = 3000 + (int) (System.nanoTime() % 1000);
        LocalDate due = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(7);
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, new DerivedPlanRevisionRequired(UUID.randomUUID().toString(),
                Instant.now().minus(Duration.ofDays(10)), "vinh-long", "hcmc-mekong-tourism", "ho-chi-minh-city", PLAN_ID,
                "350/KH-UBND", "Kế hoạch 350", version, version - 1, due, List.of(), List.of()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reminders("vinh-long", version))
                .singleElement().satisfies(r -> {
                    assertThat(r.daysLeft()).isEqualTo(7);
                    assertThat(r.revisionDueDate()).isEqualTo(due);
                }));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> reminders("vinh-long", version).size() == 1);
        assertThat(TestEvents.readAll(broker.getBrokersAsString(), Topics.MASTER_PLANS, MemberRevisionReminder.class)).isEmpty();
        assertThat(row("vinh-long").get("status").asString()).isEqualTo("NOTIFIED");
    }

    List<MemberRevisionReminder> reminders(String member, int version) {
        return TestEvents.readAll(broker.getBrokersAsString(), Topics.COMPLIANCE, MemberRevisionReminder.class).stream()
                .filter(e -> e.memberId().equals(member) && e.requiredVersion() == version).toList();
    }

    static ActivityProgressReported progress(String province, String code, String status, Instant at) {
        return new ActivityProgressReported(UUID.randomUUID().toString(), at, province, "hcmc-mekong-tourism",
                "ho-chi-minh-city", PLAN_ID, code, code, status, LocalDate.now(), null);
    }

    /** Publishes the next master version through the API, as HCMC would; returns its number. */
    int publishNextVersion(ApiClient api, LocalDate due) {
        String etag = api.get("/api/master-plans/" + PLAN_ID, HCMC).header("ETag");
        assertThat(api.post("/api/master-plans/" + PLAN_ID + "/draft/sections/5/activities", HCMC,
                "{\"code\":\"5.9\",\"title\":\"Famtrip khảo sát sản phẩm liên kết\",\"timeframe\":\"Quý IV/2024\","
                        + "\"location\":\"Tỉnh Cà Mau\"}", "If-Match", etag).status()).isEqualTo(200);
        ApiClient.Response published = api.post("/api/master-plans/" + PLAN_ID + "/versions", HCMC,
                "{\"revisionDueDate\":\"" + due + "\"}");
        assertThat(published.status()).isEqualTo(201);
        return published.json().get("number").asInt();
    }

    @Test
    void aMemberNotYetToldOfTheLatestVersionShowsAsSuchAndIsNeverOverdueForIt() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/master-plans/" + PLAN_ID, HCMC).status() == 200);
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, required("long-an", 1, LocalDate.now().minusDays(5)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(overdueEvents("long-an", 1)).hasSize(1));

        LocalDate due = LocalDate.now().plusDays(1);
        int latest = publishNextVersion(api, due);

        JsonNode board = api.get("/api/master-plans/" + PLAN_ID + "/compliance", HCMC).json();
        assertThat(board.get("latestVersion").asInt()).isEqualTo(latest);
        JsonNode longAn = row("long-an");
        assertThat(longAn.get("status").asString()).isEqualTo("PENDING");
        assertThat(longAn.get("requiredVersion").asInt()).isEqualTo(latest);
        assertThat(longAn.get("dueDate").asString()).isEqualTo(due.toString());
        assertThat(longAn.get("lastNotifiedVersion").asInt()).isEqualTo(1);
        assertThat(longAn.get("lastNotifiedStatus").asString()).isEqualTo("OVERDUE");
        long pending = board.get("members").valueStream().filter(r -> r.get("status").asString().equals("PENDING")).count();
        assertThat(pending).isGreaterThanOrEqualTo(1);
        assertThat(board.get("notYetNotified").asInt()).isEqualTo((int) pending);
        assertThat(board.get("byStatus").get("PENDING").asInt()).isEqualTo((int) pending);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> overdueEvents("long-an", latest).isEmpty());

        TestEvents.send(kafka, Topics.PROVINCE_PLANS, required("long-an", latest, due));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(row("long-an").get("status").asString()).isEqualTo("NOTIFIED");
            assertThat(row("long-an").get("lastNotifiedVersion").asInt()).isEqualTo(latest);
        });

        ApiClient.Response newest = api.get("/api/master-plans/" + PLAN_ID + "/audit?limit=1", HCMC);
        assertThat(newest.json()).singleElement().satisfies(e -> assertThat(e.get("action").asString())
                .isEqualTo("version.published"));
        String link = newest.header("Link");
        assertThat(link).endsWith("; rel=\"next\"");
        ApiClient.Response before = api.get(link.substring(link.indexOf("/api/"), link.indexOf('>')), HCMC);
        assertThat(before.json()).singleElement().satisfies(e -> assertThat(e.get("action").asString())
                .isEqualTo("activity.added 5.9"));
    }

    @Autowired
    MasterPlans masterPlans;

    /**
     * A plan of the programme stored as it is after the lead closed it (or not), with reporting dates
     * three days ago and 400 days ago (too long ago to be told).
     */
    MasterPlan planWithPassedDeadline(String id, boolean closed) {
        MasterPlan plan = new MasterPlan(id, "hcmc-mekong-tourism", id, "Kế hoạch " + id, "UBND", LocalDate.now(), 2026,
                List.of(), null, null, List.of(), Instant.now(), "test",
                List.of(new ReportingDeadline("năm", LocalDate.now().minusDays(3), null),
                        new ReportingDeadline("năm trước", LocalDate.now().minusDays(400), null)),
                closed ? MasterPlan.CLOSED : MasterPlan.OPEN, closed ? Instant.now() : null, closed ? "test" : null);
        masterPlans.create(plan, new AuditEntry(Instant.now(), "test", "ho-chi-minh-city", "plan.created", id));
        return plan;
    }

    @Test
    void aClosedPlansDeadlinesAreNoLongerFollowedNorIsADateLongPast() {
        String closed = "closed-" + UUID.randomUUID();
        String open = "open-" + UUID.randomUUID();
        planWithPassedDeadline(closed, true);
        planWithPassedDeadline(open, false);
        int version = 4000 + (int) (System.nanoTime() % 1000);
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, new DerivedPlanRevisionRequired(UUID.randomUUID().toString(),
                Instant.now(), "tra-vinh", "hcmc-mekong-tourism", "ho-chi-minh-city", closed, closed, "Kế hoạch", version,
                version - 1, LocalDate.now().minusDays(2), List.of(), List.of()));
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, required("tra-vinh", version, LocalDate.now().minusDays(2)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(overdueEvents("tra-vinh", version)).extracting(MemberRevisionOverdue::planId).containsExactly(PLAN_ID);
            assertThat(TestEvents.readAll(broker.getBrokersAsString(), Topics.PROGRESS_DEADLINES, MemberProgressMissing.class).stream()
                    .filter(e -> e.planId().equals(open))).hasSize(13)
                    .allSatisfy(e -> assertThat(e.reportingDeadline()).isEqualTo(LocalDate.now().minusDays(3)));
        });
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> overdueEvents("tra-vinh", version).size() == 1);
        assertThat(TestEvents.readAll(broker.getBrokersAsString(), Topics.PROGRESS_DEADLINES, MemberProgressMissing.class))
                .noneMatch(e -> e.planId().equals(closed));
    }

    @Test
    void onlyTheLeadAuthoritySeesTheBoard() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/master-plans/" + PLAN_ID + "/compliance", HCMC).status() == 200);

        assertThat(api.get("/api/master-plans/" + PLAN_ID + "/compliance", TestTokens.token("kien-giang", "coordinator")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/master-plans/" + PLAN_ID + "/compliance", HCMC).json().get("members")).hasSize(13);
    }

    @Autowired
    com.mongodb.client.MongoDatabase database;

    @Autowired
    vn.lienket.support.outbox.OutboxRelay relay;

    /**
     * A programme of the 13 Mekong members after the successions, stored as the register leaves it
     * (each predecessor's membership ended on 2025-07-01, succeeded by its successor), with an open plan.
     */
    String planAfterTheSuccessions() {
        return planAfterTheSuccessions(List.of());
    }

    String planAfterTheSuccessions(List<ReportingDeadline> deadlines) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        new vn.lienket.support.store.AggregateStore<>(database.getCollection("programmes"),
                vn.lienket.plan.programme.Programme.class, vn.lienket.plan.programme.Programme::id, Topics.PROGRAMMES, relay)
                .insert(MekongSuccessions.after("mekong-" + id), List.of(),
                        new AuditEntry(Instant.now(), "test", null, "programme.created", "after the 2025 map"));
        String planId = "after-" + id;
        masterPlans.create(MekongSuccessions.plan(planId, "mekong-" + id, false, deadlines),
                new AuditEntry(Instant.now(), "test", "ho-chi-minh-city", "plan.created", planId));
        return planId;
    }

    JsonNode board(String planId) {
        return new ApiClient("http://127.0.0.1:" + port).get("/api/master-plans/" + planId + "/compliance", HCMC).json();
    }

    static JsonNode row(JsonNode board, String member) {
        return board.get("members").valueStream().filter(r -> r.get("memberId").asString().equals(member)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + member));
    }

    static DerivedPlanRevisionRequired required(String planId, String province, int version, LocalDate due) {
        return new DerivedPlanRevisionRequired(UUID.randomUUID().toString(), Instant.parse("2025-06-01T02:00:00Z"), province,
                "mekong", "ho-chi-minh-city", planId, planId, "Kế hoạch", version, version - 1, due, List.of(), List.of());
    }

    static vn.lienket.contracts.DerivedPlanTakenOver takenOver(String planId, String successor, List<String> predecessors,
                                                                String status, LocalDate due) {
        return new vn.lienket.contracts.DerivedPlanTakenOver(UUID.randomUUID().toString(), Instant.now(), successor, "mekong",
                "ho-chi-minh-city", planId, planId, "Kế hoạch", successor + "@2025-07-01", predecessors, status,
                vn.lienket.contracts.DerivedPlanTakenOver.UP_TO_DATE.equals(status) ? 2 : 1, 2, due,
                3, vn.lienket.contracts.DerivedPlanTakenOver.CONSOLIDATING.equals(status) ? 4 : 0);
    }

    @Test
    void aPredecessorToldBeforeItWasSucceededIsNeverMarkedOverdueAndTheTakeoverSetsItsSuccessorsStandingOnce() {
        String planId = planAfterTheSuccessions();
        LocalDate passed = LocalDate.now().minusDays(2);
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, required(planId, "kien-giang", 1, passed));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(row(board(planId), "an-giang")
                .get("predecessors")).singleElement().satisfies(kienGiang -> {
                    assertThat(kienGiang.get("memberId").asString()).isEqualTo("kien-giang");
                    assertThat(kienGiang.get("status").asString()).isEqualTo("NOTIFIED");
                    assertThat(kienGiang.get("succeededBy").asString()).isEqualTo("an-giang");
                    assertThat(kienGiang.get("succeededOn").asString()).isEqualTo("2025-07-01");
                }));
        // a member past the same due date: once it is reported, a whole round has seen Kiên Giang's row too
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, required(planId, "tay-ninh", 1, passed));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(overdueEvents("tay-ninh", 1))
                .filteredOn(e -> e.planId().equals(planId)).hasSize(1));
        assertThat(TestEvents.readAll(broker.getBrokersAsString(), Topics.COMPLIANCE, MemberRevisionOverdue.class))
                .noneMatch(e -> e.planId().equals(planId) && e.memberId().equals("kien-giang"));
        assertThat(TestEvents.readAll(broker.getBrokersAsString(), Topics.COMPLIANCE, MemberRevisionReminder.class))
                .noneMatch(e -> e.planId().equals(planId) && e.memberId().equals("kien-giang"));

        LocalDate due = LocalDate.now().plusDays(20);
        var anGiang = takenOver(planId, "an-giang", List.of("kien-giang"), "REVISION_REQUIRED", due);
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, anGiang);
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, anGiang); // redelivered
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, takenOver(planId, "can-tho", List.of("hau-giang", "soc-trang"),
                "CONSOLIDATING", due));
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, takenOver(planId, "ca-mau", List.of("bac-lieu"), "UP_TO_DATE", null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode board = board(planId);
            assertThat(row(board, "an-giang").get("status").asString()).isEqualTo("NOTIFIED");
            assertThat(row(board, "an-giang").get("requiredVersion").asInt()).isEqualTo(2);
            assertThat(row(board, "an-giang").get("dueDate").asString()).isEqualTo(due.toString());
            assertThat(row(board, "an-giang").get("consolidating").asBoolean()).isFalse();
            assertThat(row(board, "can-tho").get("status").asString()).isEqualTo("NOTIFIED");
            assertThat(row(board, "can-tho").get("consolidating").asBoolean()).isTrue();
            assertThat(row(board, "can-tho").get("predecessors").valueStream().map(r -> r.get("memberId").asString()))
                    .containsExactly("hau-giang", "soc-trang");
            assertThat(row(board, "ca-mau").get("status").asString()).isEqualTo("REVISED");
            assertThat(row(board, "ca-mau").get("basedOnVersion").asInt()).isEqualTo(2);
            assertThat(row(board, "ca-mau").get("predecessors").get(0).get("memberId").asString()).isEqualTo("bac-lieu");
        });
        JsonNode board = board(planId);
        assertThat(board.get("members").valueStream().map(r -> r.get("memberId").asString()))
                .containsExactlyInAnyOrderElementsOf(MekongSuccessions.SIX);
        assertThat(board.get("byStatus").valueStream().mapToInt(JsonNode::asInt).sum()).as("the six, not their predecessors")
                .isEqualTo(6);
        assertThat(board.get("notYetNotified").asInt()).as("vinh-long, dong-thap; not the predecessors").isEqualTo(2);
        assertThat(board.get("byStatus").get("OVERDUE").asInt()).as("tay-ninh").isEqualTo(1);

        // a later event of An Giang's: the redelivered takeover, on the same partition, was handled before it
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, new DerivedPlanRevised(UUID.randomUUID().toString(), Instant.now(),
                "an-giang", "mekong", "ho-chi-minh-city", planId, planId, 1, 2, due, true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(row(board(planId), "an-giang")
                .get("status").asString()).isEqualTo("REVISED"));
        JsonNode audit = new ApiClient("http://127.0.0.1:" + port).get("/api/master-plans/" + planId + "/compliance/audit",
                HCMC).json();
        assertThat(audit.valueStream().filter(e -> e.get("action").asString().equals("taken-over"))
                .map(e -> e.get("detail").asString()).filter(d -> d.startsWith("an-giang took over"))).hasSize(1);
        assertThat(row(board(planId), "an-giang").get("predecessors").get(0).get("status").asString()).isEqualTo("NOTIFIED");
    }

    @Test
    void theProgressBoardShowsAPredecessorsReportsBeneathItsSuccessorAndOnlyTheMembersAreToldTheyMissedADeadline() {
        LocalDate deadline = LocalDate.now().minusDays(3);
        String planId = planAfterTheSuccessions(List.of(new ReportingDeadline("năm", deadline, null)));
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, progressOn(planId, "kien-giang", "DONE", Instant.parse("2025-06-10T02:00:00Z")));
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, progressOn(planId, "an-giang", "IN_PROGRESS", Instant.now()));
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, progressOn(planId, "hau-giang", "DONE", Instant.parse("2025-06-11T02:00:00Z")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode activity = api.get("/api/master-plans/" + planId + "/progress", HCMC).json().path("activities").path(0);
            assertThat(activity.path("byStatus").path("IN_PROGRESS").asInt()).isEqualTo(1);
            assertThat(activity.path("byStatus").has("DONE")).as("the predecessors' reports are not counted").isFalse();
            JsonNode anGiang = activity.get("reports").valueStream().filter(r -> r.get("memberId").asString().equals("an-giang"))
                    .findFirst().orElseThrow(() -> new AssertionError("not yet reported"));
            assertThat(anGiang.get("predecessors")).singleElement().satisfies(r -> {
                assertThat(r.get("memberId").asString()).isEqualTo("kien-giang");
                assertThat(r.get("status").asString()).isEqualTo("DONE");
                assertThat(r.get("succeededBy").asString()).isEqualTo("an-giang");
            });
            JsonNode canTho = activity.get("reports").valueStream().filter(r -> r.get("memberId").asString().equals("can-tho"))
                    .findFirst().orElseThrow(() -> new AssertionError("not yet reported"));
            assertThat(canTho.get("reports").asInt()).isZero();
            assertThat(canTho.get("predecessors").get(0).get("memberId").asString()).isEqualTo("hau-giang");
        });
        JsonNode board = api.get("/api/master-plans/" + planId + "/progress", HCMC).json();
        assertThat(board.get("notReported").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("vinh-long", "dong-thap", "can-tho", "ca-mau", "tay-ninh");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TestEvents.readAll(broker.getBrokersAsString(),
                Topics.PROGRESS_DEADLINES, MemberProgressMissing.class).stream().filter(e -> e.planId().equals(planId)))
                .extracting(MemberProgressMissing::memberId).as("told once each: the six, none of their predecessors")
                .containsExactlyInAnyOrderElementsOf(MekongSuccessions.SIX));
    }

    static ActivityProgressReported progressOn(String planId, String province, String status, Instant at) {
        return new ActivityProgressReported(UUID.randomUUID().toString(), at, province, "mekong", "ho-chi-minh-city", planId,
                "5.1", "5.1", status, vn.lienket.support.time.VietnamTime.dateOf(at), null);
    }
}
