package vn.lienket.province.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.ProgrammeMembership;
import vn.lienket.contracts.ProgrammeSnapshot;
import vn.lienket.contracts.ProgrammeSuccessionApplied;
import vn.lienket.contracts.Topics;
import vn.lienket.province.derivedplan.MasterVersions;
import vn.lienket.province.derivedplan.ProgrammeEvents;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.messaging.MessagingProperties;
import vn.lienket.support.outbox.OutboxEntry;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;
import vn.lienket.support.time.VietnamTime;

/**
 * The 2025 map on the running service: a programme with Kiên Giang and An Giang, Cần Thơ, Hậu Giang
 * and Sóc Trăng, a plan published and revised, then the successions put on the programmes topic as
 * plan-service puts them. The programme is the test's own, so the shared broker and store keep the
 * other tests' plans of these provinces apart.
 */
@ServiceTest
class SuccessionIT {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Tenants tenants;

    @Autowired
    MessagingProperties messaging;

    @Autowired
    EmbeddedKafkaBroker broker;

    @LocalServerPort
    int port;

    static final List<String> MEMBERS = List.of("kien-giang", "an-giang", "can-tho", "hau-giang", "soc-trang");
    static final LocalDate EFFECTIVE = VietnamTime.today(Clock.systemUTC());

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    static String planner(String province) {
        return TestTokens.token(province, "planner");
    }

    static String path(String province, String planId) {
        return "/api/provinces/" + province + "/derived-plans/" + planId;
    }

    ApiClient.Response plan(String province, String planId) {
        return api().get(path(province, planId), planner(province));
    }

    void awaitPlan(String province, String planId, String status, int latestMasterVersion) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ApiClient.Response plan = plan(province, planId);
            assertThat(plan.status()).as(province + " " + plan.body()).isEqualTo(200);
            assertThat(plan.json().get("status").asString()).as(province).isEqualTo(status);
            assertThat(plan.json().get("latestMasterVersion").asInt()).as(province).isEqualTo(latestMasterVersion);
        });
    }

    RecordMetadata send(String topic, IntegrationEvent event) {
        try {
            return kafka.send(OutboxEntry.of(topic, event).toRecord("/test")).get().getRecordMetadata();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void awaitConsumedBy(String group, RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                        group + messaging.groupSuffix()).partitionsToOffsetAndMetadata().get();
                assertThat(committed.get(partition)).as(group + " on " + partition).isNotNull();
                assertThat(committed.get(partition).offset()).isGreaterThan(record.offset());
            });
        }
    }

    List<DerivedPlanTakenOver> takenOver(String planId) {
        return TestEvents.readAll(broker.getBrokersAsString(), Topics.PROVINCE_PLANS, DerivedPlanTakenOver.class).stream()
                .filter(e -> e.masterPlanId().equals(planId)).toList();
    }

    static MasterPlanVersionPublished v1(ProgrammeSnapshot programme, String planId) {
        MasterPlanVersionPublished v = MasterVersions.plan350v1(planId);
        return new MasterPlanVersionPublished(v.eventId(), v.occurredAt(), programme.programmeId(), programme.leadAuthority(),
                programme.membersOn(LocalDate.now()), planId, v.planNumber(), v.planTitle(), 1, null, null, v.sections(),
                v.changes());
    }

    /**
     * The programme after a succession, as plan-service applies it: the predecessors' memberships
     * end, the successor stays; {@code openPlans} are the programme's plans not closed.
     */
    static ProgrammeSuccessionApplied applied(ProgrammeSnapshot before, String successor, List<String> predecessors,
                                              String... openPlans) {
        List<ProgrammeMembership> members = new ArrayList<>();
        for (ProgrammeMembership m : before.members()) {
            members.add(predecessors.contains(m.authorityId()) && m.leftOn() == null
                    ? new ProgrammeMembership(m.authorityId(), m.joinedOn(), EFFECTIVE, successor) : m);
        }
        ProgrammeSnapshot after = new ProgrammeSnapshot(before.programmeId(), before.name(), before.sectors(),
                before.leadAuthority(), members, before.periodFrom(), before.periodTo(), before.status(),
                before.authorities());
        return new ProgrammeSuccessionApplied(UUID.randomUUID().toString(), Instant.now(), "platform",
                AuthoritySucceeded.idOf(successor, EFFECTIVE), successor, predecessors, EFFECTIVE, List.of(openPlans), after);
    }

    @Test
    void theSuccessorsTakeOverTheirPredecessorsPlansOnceAndCanThoConsolidatesAndPublishes() {
        String programmeId = "succession-" + UUID.randomUUID().toString().substring(0, 8);
        ProgrammeSnapshot programme = ProgrammeEvents.programme(programmeId, MEMBERS.toArray(String[]::new));
        TestEvents.send(kafka, Topics.PROGRAMMES, ProgrammeEvents.created(programme));
        await().atMost(Duration.ofSeconds(60)).until(() -> tenants.ids().containsAll(MEMBERS));
        String planId = "plan-" + UUID.randomUUID().toString().substring(0, 8);
        MasterPlanVersionPublished v1 = v1(programme, planId);
        MasterPlanVersionPublished v2 = MasterVersions.next(v1, MasterVersions.withLocation(v1.sections(), "2.3", "Tỉnh Vĩnh Long"));
        TestEvents.send(kafka, Topics.MASTER_PLANS, v1);
        MEMBERS.forEach(m -> awaitPlan(m, planId, "UP_TO_DATE", 1));
        // Hậu Giang and Sóc Trăng each have a local activity 9.1 of their own
        for (String province : List.of("hau-giang", "soc-trang")) {
            String etag = plan(province, planId).header("ETag");
            ApiClient.Response added = api().post(path(province, planId) + "/activities", planner(province),
                    "{\"code\":\"9.1\",\"title\":\"Hoạt động riêng của " + province + "\",\"fields\":{\"leadUnit\":\"Sở Du lịch "
                            + province + "\",\"coordinatingUnits\":[]}}", "If-Match", etag);
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
        TestEvents.send(kafka, Topics.MASTER_PLANS, v2);
        MEMBERS.forEach(m -> awaitPlan(m, planId, "REVISION_REQUIRED", 2));

        // Kiên Giang revises, and reports on an activity
        String etag = plan("kien-giang", planId).header("ETag");
        ApiClient.Response revised = api().post(path("kien-giang", planId) + "/versions", planner("kien-giang"),
                "{\"resolutions\":[{\"changeId\":\"2.3@v2\",\"decision\":\"ADOPT\"}]}", "If-Match", etag);
        assertThat(revised.status()).as(revised.body()).isEqualTo(201);
        ApiClient.Response reported = api().post(path("kien-giang", planId) + "/activities/2.3/progress",
                planner("kien-giang"), "{\"status\":\"IN_PROGRESS\",\"note\":\"Đã khảo sát tuyến\"}", "If-Match",
                revised.header("ETag"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);

        // the successions, as plan-service applies them to this programme
        ProgrammeSuccessionApplied anGiang = applied(programme, "an-giang", List.of("kien-giang"), planId);
        ProgrammeSuccessionApplied canTho = applied(anGiang.programme(), "can-tho", List.of("hau-giang", "soc-trang"), planId);
        send(Topics.PROGRAMMES, anGiang);
        RecordMetadata canThoSent = send(Topics.PROGRAMMES, canTho);

        // An Giang holds Kiên Giang's history, marked with its origin, beside its own plan: one plan to consolidate
        awaitPlan("an-giang", planId, "CONSOLIDATING", 2);
        JsonNode anGiangPlan = plan("an-giang", planId).json();
        List<JsonNode> fromKienGiang = api().get(path("an-giang", planId) + "/versions", planner("an-giang")).json()
                .valueStream().filter(v -> "kien-giang".equals(v.path("origin").asString(null))).toList();
        assertThat(fromKienGiang).as("newest first").extracting(v -> v.get("originNumber").asInt()).containsExactly(2, 1);
        assertThat(fromKienGiang.get(0).get("resolutions").get(0).get("changeId").asString()).isEqualTo("2.3@v2");
        assertThat(anGiangPlan.get("progress")).singleElement().satisfies(r -> {
            assertThat(r.get("origin").asString()).isEqualTo("kien-giang");
            assertThat(r.get("note").asString()).isEqualTo("Đã khảo sát tuyến");
        });
        assertThat(anGiangPlan.get("takenOver")).singleElement().satisfies(t -> {
            assertThat(t.get("from").asString()).isEqualTo("kien-giang");
            assertThat(t.get("successionId").asString()).isEqualTo("an-giang@" + EFFECTIVE);
        });
        assertThat(anGiangPlan.get("consolidation").get(0).get("candidates").valueStream()
                .map(c -> c.get("origin").asString())).containsExactly("an-giang", "kien-giang");
        JsonNode audit = api().get(path("an-giang", planId) + "/audit?limit=100", planner("an-giang")).json();
        assertThat(audit.valueStream().filter(a -> "kien-giang".equals(a.path("origin").asString(null)))
                .map(a -> a.get("action").asString())).contains("derived-plan.created", "version.published",
                "progress.reported");
        // Kiên Giang's own plan stays where it was, as the archive
        JsonNode archive = plan("kien-giang", planId).json();
        assertThat(archive.get("archivedInto").asString()).isEqualTo("an-giang");
        assertThat(archive.get("derivedVersion").asInt()).isEqualTo(2);
        assertThat(archive.get("status").asString()).isEqualTo("UP_TO_DATE");

        // Cần Thơ consolidates three plans: refused until every activity is settled, then it publishes
        awaitPlan("can-tho", planId, "CONSOLIDATING", 2);
        JsonNode canThoPlan = plan("can-tho", planId).json();
        assertThat(canThoPlan.get("takenOver").valueStream().map(t -> t.get("from").asString()))
                .containsExactly("hau-giang", "soc-trang");
        assertThat(canThoPlan.get("activities").valueStream().filter(a -> a.get("masterCode").isNull())
                .map(a -> a.get("code").asString() + "<" + a.get("origin").asString()))
                .containsExactly("9.1<hau-giang", "9.1.soctrang<soc-trang");
        List<String> codes = canThoPlan.get("consolidation").valueStream().map(c -> c.get("masterCode").asString()).toList();
        assertThat(codes).hasSize(13);
        String canThoEtag = plan("can-tho", planId).header("ETag");
        ApiClient.Response early = api().post(path("can-tho", planId) + "/versions", planner("can-tho"),
                "{\"resolutions\":[{\"changeId\":\"2.3@v2\",\"decision\":\"ADOPT\"}]}", "If-Match", canThoEtag);
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().get("errors")).hasSize(13);
        String consolidate = path("can-tho", planId) + "/consolidation/";
        assertThat(api().put(consolidate + codes.get(0), planner("can-tho"), "{\"keep\":\"hau-giang\"}").status())
                .as("without If-Match").isEqualTo(428);
        ApiClient.Response unknown = api().put(consolidate + codes.get(0), planner("can-tho"), "{\"keep\":\"bac-lieu\"}",
                "If-Match", canThoEtag);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("keep");
        for (int i = 0; i < codes.size(); i++) {
            String keep = List.of("can-tho", "hau-giang", "soc-trang").get(i % 3);
            ApiClient.Response settled = api().put(consolidate + codes.get(i), planner("can-tho"),
                    "{\"keep\":\"" + keep + "\"}", "If-Match", canThoEtag);
            assertThat(settled.status()).as(settled.body()).isEqualTo(200);
            canThoEtag = settled.header("ETag");
        }
        ApiClient.Response published = api().post(path("can-tho", planId) + "/versions", planner("can-tho"),
                "{\"resolutions\":[{\"changeId\":\"2.3@v2\",\"decision\":\"ADOPT\"}]}", "If-Match", canThoEtag);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        awaitPlan("can-tho", planId, "UP_TO_DATE", 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> TestEvents.readAll(broker.getBrokersAsString(),
                Topics.PROVINCE_PLANS, DerivedPlanRevised.class).stream()
                .anyMatch(e -> e.masterPlanId().equals(planId) && e.provinceId().equals("can-tho")));

        // one DerivedPlanTakenOver per successor and plan, saying what it still has to do
        await().atMost(Duration.ofSeconds(60)).until(() -> takenOver(planId).size() == 2);
        assertThat(takenOver(planId)).filteredOn(e -> e.provinceId().equals("can-tho")).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(DerivedPlanTakenOver.CONSOLIDATING);
            assertThat(e.predecessors()).containsExactly("hau-giang", "soc-trang");
            assertThat(e.activitiesToConsolidate()).isEqualTo(13);
            assertThat(e.pendingChanges()).isEqualTo(1);
            assertThat(e.revisionDueDate()).isEqualTo(MasterVersions.DUE);
        });

        // the same events again change nothing and send nothing
        awaitConsumedBy("province-service.programmes", canThoSent);
        String anGiangEtag = plan("an-giang", planId).header("ETag");
        String canThoAfter = plan("can-tho", planId).header("ETag");
        String archiveEtag = plan("kien-giang", planId).header("ETag");
        send(Topics.PROGRAMMES, anGiang);
        awaitConsumedBy("province-service.programmes", send(Topics.PROGRAMMES, canTho));
        assertThat(plan("an-giang", planId).header("ETag")).isEqualTo(anGiangEtag);
        assertThat(plan("can-tho", planId).header("ETag")).isEqualTo(canThoAfter);
        assertThat(plan("kien-giang", planId).header("ETag")).isEqualTo(archiveEtag);
        assertThat(takenOver(planId)).hasSize(2);

        // a new master version reaches the successors, consolidating or not, and never the predecessors
        MasterPlanVersionPublished v3 = MasterVersions.next(v2, MasterVersions.withLocation(v2.sections(), "1.1", "Tỉnh Trà Vinh"));
        RecordMetadata v3Sent = send(Topics.MASTER_PLANS, v3);
        awaitPlan("an-giang", planId, "CONSOLIDATING", 3);
        awaitPlan("can-tho", planId, "REVISION_REQUIRED", 3);
        JsonNode stillConsolidating = plan("an-giang", planId).json();
        assertThat(stillConsolidating.get("consolidation")).hasSize(13);
        assertThat(stillConsolidating.get("pendingChanges").valueStream().map(c -> c.get("changeId").asString()))
                .contains("1.1@v3");
        for (String predecessor : List.of("kien-giang", "hau-giang", "soc-trang")) {
            awaitConsumedBy("province-service." + predecessor, v3Sent);
            assertThat(plan(predecessor, planId).json().get("latestMasterVersion").asInt()).as(predecessor).isEqualTo(2);
        }
    }

    @Test
    void aSuccessorThatLeadsTheProgrammeTakesNothingOverAndThePredecessorsPlanStaysAsItWas() {
        String programmeId = "succession-lead-" + UUID.randomUUID().toString().substring(0, 8);
        ProgrammeSnapshot programme = ProgrammeEvents.programme(programmeId, "binh-duong");
        TestEvents.send(kafka, Topics.PROGRAMMES, ProgrammeEvents.created(programme));
        await().atMost(Duration.ofSeconds(60)).until(() -> tenants.hosts("binh-duong"));
        String planId = "plan-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.send(kafka, Topics.MASTER_PLANS, v1(programme, planId));
        awaitPlan("binh-duong", planId, "UP_TO_DATE", 1);

        awaitConsumedBy("province-service.programmes", send(Topics.PROGRAMMES,
                applied(programme, "ho-chi-minh-city", List.of("binh-duong"), planId)));

        assertThat(plan("ho-chi-minh-city", planId).status()).isEqualTo(404);
        assertThat(plan("binh-duong", planId).json().get("archivedInto").isNull()).isTrue();
        assertThat(takenOver(planId)).isEmpty();
    }

    @Test
    void aProgrammeWhoseLeadMergedIsLedByTheSuccessorOnEveryPlanOfIt() {
        String programmeId = "succession-merged-lead-" + UUID.randomUUID().toString().substring(0, 8);
        ProgrammeSnapshot base = ProgrammeEvents.programme(programmeId, "vinh-long");
        ProgrammeSnapshot programme = new ProgrammeSnapshot(base.programmeId(), base.name(), base.sectors(), "tien-giang",
                base.members(), base.periodFrom(), base.periodTo(), base.status(), base.authorities());
        TestEvents.send(kafka, Topics.PROGRAMMES, ProgrammeEvents.created(programme));
        await().atMost(Duration.ofSeconds(60)).until(() -> tenants.hosts("vinh-long"));
        String planId = "plan-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.send(kafka, Topics.MASTER_PLANS, v1(programme, planId));
        awaitPlan("vinh-long", planId, "UP_TO_DATE", 1);
        String tienGiang = TestTokens.token("tien-giang", "coordinator");
        String dongThap = TestTokens.token("dong-thap", "coordinator");
        assertThat(api().get(path("vinh-long", planId), tienGiang).status()).as("the lead reads its member's plan").isEqualTo(200);
        assertThat(api().get(path("vinh-long", planId), dongThap).status()).isEqualTo(403);

        ProgrammeSnapshot after = new ProgrammeSnapshot(programmeId, programme.name(), programme.sectors(), "dong-thap",
                programme.members(), programme.periodFrom(), programme.periodTo(), programme.status(),
                programme.authorities());
        ProgrammeSuccessionApplied ledBySuccessor = new ProgrammeSuccessionApplied(UUID.randomUUID().toString(),
                Instant.now(), "platform", AuthoritySucceeded.idOf("dong-thap", EFFECTIVE), "dong-thap", List.of("tien-giang"),
                EFFECTIVE, List.of(planId), after);
        awaitConsumedBy("province-service.programmes", send(Topics.PROGRAMMES, ledBySuccessor));

        assertThat(api().get(path("vinh-long", planId), dongThap).status()).as("the successor leads now").isEqualTo(200);
        assertThat(api().get(path("vinh-long", planId), tienGiang).status()).isEqualTo(403);
        assertThat(api().get(path("vinh-long", planId) + "/audit", planner("vinh-long")).json().valueStream()
                .map(e -> e.get("action").asString())).contains("derived-plan.lead-succeeded");
        assertThat(takenOver(planId)).as("a lead derives no plan of its own programme").isEmpty();
    }

    @Test
    void aPlanNotOpenWhenTheSuccessionWasAppliedIsNotTakenOverHoweverLateItsCloseIsHeard() {
        String programmeId = "succession-closed-" + UUID.randomUUID().toString().substring(0, 8);
        ProgrammeSnapshot programme = ProgrammeEvents.programme(programmeId, "bac-lieu", "ca-mau");
        TestEvents.send(kafka, Topics.PROGRAMMES, ProgrammeEvents.created(programme));
        await().atMost(Duration.ofSeconds(60)).until(() -> tenants.hosts("bac-lieu") && tenants.hosts("ca-mau"));
        String planId = "plan-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.send(kafka, Topics.MASTER_PLANS, v1(programme, planId));
        awaitPlan("bac-lieu", planId, "UP_TO_DATE", 1);
        awaitPlan("ca-mau", planId, "UP_TO_DATE", 1);

        // plan-service had closed the plan: it is not among the open plans the event names
        awaitConsumedBy("province-service.programmes", send(Topics.PROGRAMMES,
                applied(programme, "ca-mau", List.of("bac-lieu"))));

        assertThat(plan("ca-mau", planId).json().get("takenOver").size()).isZero();
        assertThat(plan("bac-lieu", planId).json().get("archivedInto").isNull()).isTrue();
        assertThat(takenOver(planId)).isEmpty();
    }
}
