package vn.lienket.province.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.Topics;
import vn.lienket.province.derivedplan.MasterVersions;
import vn.lienket.province.derivedplan.ProgrammeEvents;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;

/** The 13 tenants, each in its own consumer group and database, told of master versions over a real broker. */
@ServiceTest
class ProvinceFanOutIT {

    static final List<String> MEMBERS = MasterVersions.plan350v1().members();

    @Autowired
    KafkaTemplate<String, String> kafka;

    /** The members are tenants because their programme was announced, as plan-service's seed announces it. */
    @BeforeEach
    void theMekongProgrammeIsAnnounced() {
        ProgrammeEvents.mekongCreated(kafka, tenants);
    }

    @Autowired
    Tenants tenants;

    /** This context's own broker: the bootstrap property is a system property that the last context started overwrites. */
    @Autowired
    EmbeddedKafkaBroker broker;

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    String planId() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    void awaitEveryTenant(String planId, String status, int masterVersion) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String province : MEMBERS) {
                ApiClient.Response plan = api().get("/api/provinces/" + province + "/derived-plans/" + planId,
                        TestTokens.token(province, "planner"));
                assertThat(plan.status()).as(province).isEqualTo(200);
                assertThat(plan.json().get("status").asString()).as(province).isEqualTo(status);
                assertThat(plan.json().get("latestMasterVersion").asInt()).as(province).isEqualTo(masterVersion);
            }
        });
    }

    /** The If-Match header naming the plan as it stands now: what a client that just read it sends. */
    String[] current(String plan, String token) {
        return new String[] {"If-Match", api().get(plan, token).header("ETag")};
    }

    List<DerivedPlanRevisionRequired> revisionRequiredEvents(String planId) {
        return TestEvents.readAll(broker.getBrokersAsString(), Topics.PROVINCE_PLANS, DerivedPlanRevisionRequired.class).stream()
                .filter(e -> e.masterPlanId().equals(planId)).toList();
    }

    @Test
    void everyProvinceIsToldIndependentlyAndARedeliveredVersionChangesNothing() {
        String planId = planId();
        MasterPlanVersionPublished v1 = MasterVersions.plan350v1(planId);
        MasterPlanVersionPublished v2 = MasterVersions.next(v1, MasterVersions.withLocation(v1.sections(), "2.3", "Tỉnh Vĩnh Long"));

        TestEvents.send(kafka, Topics.MASTER_PLANS, v1);
        awaitEveryTenant(planId, "UP_TO_DATE", 1);
        TestEvents.send(kafka, Topics.MASTER_PLANS, v2);
        awaitEveryTenant(planId, "REVISION_REQUIRED", 2);

        TestEvents.send(kafka, Topics.MASTER_PLANS, v2);
        MasterPlanVersionPublished v3 = MasterVersions.next(v2, MasterVersions.withLocation(v2.sections(), "1.1", "Tỉnh Trà Vinh"));
        TestEvents.send(kafka, Topics.MASTER_PLANS, v3);
        awaitEveryTenant(planId, "REVISION_REQUIRED", 3);

        List<DerivedPlanRevisionRequired> events = revisionRequiredEvents(planId);
        assertThat(events).filteredOn(e -> e.masterVersion() == 2).extracting(DerivedPlanRevisionRequired::provinceId)
                .containsExactlyInAnyOrderElementsOf(MEMBERS);
        assertThat(events).filteredOn(e -> e.masterVersion() == 3).hasSize(MEMBERS.size())
                .allSatisfy(e -> assertThat(e.pendingChanges()).extracting(c -> c.activityCode()).containsExactly("1.1", "2.3"));
    }

    @Test
    void aPoisonRecordIsParkedOnTheDeadLetterTopicAndLaterEventsStillArrive() {
        String planId = planId();
        ProducerRecord<String, String> poison = new ProducerRecord<>(Topics.MASTER_PLANS, planId, "{not json");
        poison.headers().add(new RecordHeader(CloudEventHeaders.TYPE,
                MasterPlanVersionPublished.TYPE.getBytes(StandardCharsets.UTF_8)));
        poison.headers().add(new RecordHeader(CloudEventHeaders.ID, "poison-1".getBytes(StandardCharsets.UTF_8)));
        TestEvents.send(kafka, poison);
        TestEvents.send(kafka, Topics.MASTER_PLANS, MasterVersions.plan350v1(planId));

        awaitEveryTenant(planId, "UP_TO_DATE", 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                TestEvents.readAll(broker.getBrokersAsString(), Topics.deadLetter(Topics.MASTER_PLANS)).stream()
                        .filter(r -> "poison-1".equals(IncomingEvents.header(r, CloudEventHeaders.ID))))
                .as("parked by each member's consumer group, and the service's own that keeps the plans")
                .hasSizeGreaterThanOrEqualTo(MEMBERS.size() + 1));
    }

    @Test
    void aProvinceReadsOnlyItsOwnPlansAndTheLeadAuthorityReadsWithoutWriting() {
        String planId = planId();
        MasterPlanVersionPublished v1 = MasterVersions.plan350v1(planId);
        TestEvents.send(kafka, Topics.MASTER_PLANS, v1);
        TestEvents.send(kafka, Topics.MASTER_PLANS, MasterVersions.next(v1,
                MasterVersions.withLocation(v1.sections(), "2.3", "Tỉnh Vĩnh Long")));
        awaitEveryTenant(planId, "REVISION_REQUIRED", 2);
        String path = "/api/provinces/soc-trang/derived-plans/" + planId;
        String resolve = "{\"resolutions\":[{\"changeId\":\"2.3@v2\",\"decision\":\"ADOPT\"}]}";

        assertThat(api().get(path, TestTokens.token("kien-giang", "planner")).status()).isEqualTo(403);
        assertThat(api().get(path, null).status()).isEqualTo(401);
        assertThat(api().get(path, TestTokens.token("ho-chi-minh-city", "coordinator")).status()).isEqualTo(200);
        assertThat(api().post(path + "/versions", TestTokens.token("ho-chi-minh-city", "coordinator"), resolve).status())
                .isEqualTo(403);

        String socTrang = TestTokens.token("soc-trang", "planner");
        ApiClient.Response unresolved = api().post(path + "/versions", socTrang, "{\"resolutions\":[]}",
                current(path, socTrang));
        assertThat(unresolved.status()).isEqualTo(422);
        assertThat(unresolved.contentType()).startsWith("application/problem+json");
        assertThat(unresolved.body()).contains("2.3@v2");
        assertThat(api().get(path, TestTokens.token("soc-trang", "planner")).json().get("status").asString())
                .isEqualTo("REVISION_REQUIRED");

        ApiClient.Response revised = api().post(path + "/versions", socTrang, resolve, current(path, socTrang));
        assertThat(revised.status()).isEqualTo(201);
        assertThat(revised.json().get("basedOnVersion").asInt()).isEqualTo(2);
        assertThat(api().get(path, TestTokens.token("soc-trang", "planner")).json().get("status").asString())
                .isEqualTo("UP_TO_DATE");
    }


    @Test
    void aProvinceSetsItsOwnFieldsAndCannotPublishAnUnjustifiedDeviation() {
        String planId = planId();
        TestEvents.send(kafka, Topics.MASTER_PLANS, MasterVersions.plan350v1(planId));
        awaitEveryTenant(planId, "UP_TO_DATE", 1);
        String plan = "/api/provinces/kien-giang/derived-plans/" + planId;
        String kienGiang = TestTokens.token("kien-giang", "planner");
        String lateForum = "{\"leadUnit\":\"Sở Du lịch\",\"coordinatingUnits\":[\"Hiệp hội Du lịch tỉnh Kiên Giang\"],"
                + "\"theme\":\"Du lịch xanh - Phát triển bền vững\",\"timeframe\":\"Tháng 5/2024\",\"location\":\"Tỉnh Bến Tre\"%s}";

        ApiClient.Response edited = api().put(plan + "/activities/1.1", kienGiang, lateForum.formatted(""),
                current(plan, kienGiang));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("deviations").get(0).get("field").asString()).isEqualTo("timeframe");
        assertThat(edited.json().get("deviations").get(0).get("justified").asBoolean()).isFalse();

        ApiClient.Response refused = api().post(plan + "/versions", kienGiang, "{\"resolutions\":[]}",
                current(plan, kienGiang));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("1.1");
        assertThat(api().get(plan, kienGiang).json().get("derivedVersion").asInt()).isEqualTo(1);

        assertThat(api().put(plan + "/activities/1.1", kienGiang,
                lateForum.formatted(",\"justification\":\"Diễn đàn dời sang tháng 5\""), current(plan, kienGiang)).status())
                .isEqualTo(200);
        ApiClient.Response published = api().post(plan + "/versions", kienGiang, "{\"resolutions\":[]}",
                current(plan, kienGiang));
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.json().get("number").asInt()).isEqualTo(2);
        JsonNode ownChanges = api().get(plan + "/versions/2", kienGiang).json().get("changes");
        assertThat(ownChanges).singleElement().satisfies(c -> {
            assertThat(c.get("activityCode").asString()).isEqualTo("1.1");
            assertThat(c.get("fields").valueStream().map(f -> f.get("field").asString()))
                    .containsExactly("timeframe", "leadUnit", "coordinatingUnits", "justification");
        });
        assertThat(api().get(plan + "/versions/9", kienGiang).status()).isEqualTo(404);
        assertThat(api().get(plan + "/audit", kienGiang).json().valueStream().map(e -> e.get("action").asString()))
                .as("newest first").containsExactly("version.published", "activity.edited", "activity.edited", "derived-plan.created");

        assertThat(api().put(plan + "/activities/1.1", TestTokens.token("soc-trang", "planner"), lateForum.formatted(""),
                current(plan, kienGiang)).status()).isEqualTo(403);
        assertThat(api().post(plan + "/activities/5.1/progress", kienGiang,
                "{\"status\":\"DONE\",\"asOf\":\"2024-11-05\",\"note\":\"Đã trao giải\"}", current(plan, kienGiang)).status())
                .isEqualTo(201);
        assertThat(api().post(plan + "/activities/5.1/progress", kienGiang, "{\"status\":\"FINISHED\"}", current(plan, kienGiang)).status())
                .isEqualTo(400);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                TestEvents.readAll(broker.getBrokersAsString(), Topics.PROVINCE_PLANS, vn.lienket.contracts.ActivityProgressReported.class)
                        .stream().filter(p -> p.masterPlanId().equals(planId) && p.masterActivityCode().equals("5.1")
                                && p.status().equals("DONE")))
                .hasSize(1));

        ApiClient.Response noLead = api().put(plan + "/activities/1.1", kienGiang, "{\"leadUnit\":\" \",\"coordinatingUnits\":[]}",
                current(plan, kienGiang));
        assertThat(noLead.status()).isEqualTo(400);
        assertThat(noLead.json().get("field").asString()).isEqualTo("leadUnit");
    }
}
