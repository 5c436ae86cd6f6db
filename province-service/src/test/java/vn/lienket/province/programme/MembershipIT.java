package vn.lienket.province.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.contracts.MasterPlanClosed;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.ProgrammeMemberJoined;
import vn.lienket.contracts.ProgrammeSnapshot;
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
 * Tenants made from programme events at run time: members of a new programme, a member that joins
 * later and catches up, one that leaves, and a plan its lead closes. Each test has a programme and
 * provinces of its own, so the shared broker and store do not mix them up.
 */
@ServiceTest
class MembershipIT {

    static final String ADMIN = TestTokens.token("platform", "platform-admin");

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Tenants tenants;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MessagingProperties messaging;

    /** This context's own broker: the bootstrap property is a system property that the last context started overwrites. */
    @Autowired
    EmbeddedKafkaBroker broker;

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Version 1 of plan 350's text as a plan of this programme. */
    static MasterPlanVersionPublished v1(ProgrammeSnapshot programme, String planId) {
        MasterPlanVersionPublished v = MasterVersions.plan350v1(planId);
        return new MasterPlanVersionPublished(v.eventId(), v.occurredAt(), programme.programmeId(), programme.leadAuthority(),
                programme.membersOn(LocalDate.now()), planId, v.planNumber(), v.planTitle(), 1, null, null, v.sections(),
                v.changes());
    }

    static MasterPlanVersionPublished next(MasterPlanVersionPublished previous, String activity, String location) {
        return MasterVersions.next(previous, MasterVersions.withLocation(previous.sections(), activity, location));
    }

    ApiClient.Response plan(String province, String planId) {
        return api().get("/api/provinces/" + province + "/derived-plans/" + planId, TestTokens.token(province, "planner"));
    }

    void awaitPlan(String province, String planId, String status, int latestMasterVersion) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ApiClient.Response plan = plan(province, planId);
            assertThat(plan.status()).as(province + " " + plan.body()).isEqualTo(200);
            assertThat(plan.json().get("status").asString()).as(province).isEqualTo(status);
            assertThat(plan.json().get("latestMasterVersion").asInt()).as(province).isEqualTo(latestMasterVersion);
        });
    }

    /** Sends the event and answers where it landed, so a test can wait until a consumer group is past it. */
    RecordMetadata send(String topic, IntegrationEvent event) {
        try {
            return kafka.send(OutboxEntry.of(topic, event).toRecord("/test")).get().getRecordMetadata();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the province's consumer group has committed past the record: it handled it. */
    void awaitConsumedBy(String province, RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                        "province-service." + province + messaging.groupSuffix()).partitionsToOffsetAndMetadata().get();
                assertThat(committed.get(partition)).as(province + " on " + partition).isNotNull();
                assertThat(committed.get(partition).offset()).isGreaterThan(record.offset());
            });
        }
    }

    <E extends IntegrationEvent> List<E> provincePlanEvents(Class<E> type) {
        return TestEvents.readAll(broker.getBrokersAsString(), Topics.PROVINCE_PLANS, type);
    }

    @Test
    void theMembersOfANewProgrammeBecomeTenantsAtOnceAndAreToldOfItsPlans() {
        String first = fresh("p1");
        String second = fresh("p2");
        ProgrammeSnapshot programme = ProgrammeEvents.programme(fresh("programme"), first, second);
        assertThat(tenants.hosts(first)).isFalse();
        ApiClient.Response unknown = plan(first, "any");
        assertThat(unknown.status()).as("no such tenant yet: the 404 problem").isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        TestEvents.send(kafka, Topics.PROGRAMMES, ProgrammeEvents.created(programme));
        await().atMost(Duration.ofSeconds(60)).until(() -> tenants.hosts(first) && tenants.hosts(second));
        String planId = fresh("plan");
        TestEvents.send(kafka, Topics.MASTER_PLANS, v1(programme, planId));

        awaitPlan(first, planId, "UP_TO_DATE", 1);
        awaitPlan(second, planId, "UP_TO_DATE", 1);
        assertThat(plan(first, planId).json().get("activities").get(0).get("leadUnit").asString())
                .as("the tourism department the register names leads its activities")
                .isEqualTo("Sở Du lịch tỉnh " + first);
        assertThat(meters.get("lienket.province.tenants").gauge().value()).isGreaterThanOrEqualTo(2);
        JsonNode health = api().get("/actuator/health", ADMIN).json().get("components").get("tenants");
        assertThat(health.get("details").get("provinces").valueStream().map(JsonNode::asString)).contains(first, second);
    }

    @Test
    void aMemberThatJoinsLaterGetsOnePlanAtTheLatestVersionOfEachOpenPlanAndIsToldOfTheNextOnes() {
        String founder = fresh("founder");
        String joiner = fresh("joiner");
        ProgrammeSnapshot programme = ProgrammeEvents.programme(fresh("programme"), founder);
        TestEvents.send(kafka, Topics.PROGRAMMES, ProgrammeEvents.created(programme));
        await().atMost(Duration.ofSeconds(60)).until(() -> tenants.hosts(founder));
        String planId = fresh("plan");
        MasterPlanVersionPublished v1 = v1(programme, planId);
        MasterPlanVersionPublished v2 = next(v1, "2.3", "Tỉnh Vĩnh Long");
        MasterPlanVersionPublished v3 = next(v2, "1.1", "Tỉnh Trà Vinh");
        List.of(v1, v2, v3).forEach(v -> TestEvents.send(kafka, Topics.MASTER_PLANS, v));
        String closedPlanId = fresh("closed");
        MasterPlanVersionPublished closedV1 = v1(programme, closedPlanId);
        TestEvents.send(kafka, Topics.MASTER_PLANS, closedV1);
        awaitPlan(founder, planId, "REVISION_REQUIRED", 3);
        awaitPlan(founder, closedPlanId, "UP_TO_DATE", 1);
        TestEvents.send(kafka, Topics.MASTER_PLANS, new MasterPlanClosed(UUID.randomUUID().toString(),
                Instant.now().minus(Duration.ofDays(3)), programme.programmeId(), programme.leadAuthority(), closedPlanId,
                closedV1.planNumber(), 1, "ho-chi-minh-city"));
        await().atMost(Duration.ofSeconds(60)).until(() -> plan(founder, closedPlanId).json().get("closedAt").isString());

        ProgrammeMemberJoined joined = ProgrammeEvents.joined(programme, joiner, VietnamTime.today(java.time.Clock.systemUTC()));
        TestEvents.send(kafka, Topics.PROGRAMMES, joined);

        awaitPlan(joiner, planId, "UP_TO_DATE", 3);
        JsonNode caughtUp = plan(joiner, planId).json();
        assertThat(caughtUp.get("basedOnVersion").asInt()).isEqualTo(3);
        assertThat(caughtUp.get("derivedVersion").asInt()).isEqualTo(1);
        assertThat(caughtUp.get("pendingChanges")).isEmpty();
        assertThat(caughtUp.get("activities").valueStream().filter(a -> a.get("code").asString().equals("1.1")))
                .singleElement().satisfies(a -> assertThat(a.get("location").asString()).isEqualTo("Tỉnh Trà Vinh"));

        // the next version is news to both; once the joiner has read it, its catch-up is known to be over
        MasterPlanVersionPublished v4 = next(v3, "3.1", "Tỉnh Bến Tre");
        RecordMetadata v4Sent = send(Topics.MASTER_PLANS, v4);
        awaitPlan(joiner, planId, "REVISION_REQUIRED", 4);
        awaitPlan(founder, planId, "REVISION_REQUIRED", 4);
        awaitConsumedBy(joiner, v4Sent);
        assertThat(plan(joiner, closedPlanId).status()).as("a plan closed before it joined is none of its business")
                .isEqualTo(404);
        assertThat(api().get("/api/provinces/" + joiner + "/derived-plans/" + planId + "/audit",
                TestTokens.token(joiner, "planner")).json().valueStream().map(a -> a.get("action").asString()))
                .as("created once at the latest version, then told of version 4 only")
                .containsExactly("revision-required", "derived-plan.created");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(provincePlanEvents(DerivedPlanCreated.class)).filteredOn(e -> e.masterPlanId().equals(planId)
                    && e.provinceId().equals(joiner)).singleElement()
                    .satisfies(e -> assertThat(e.basedOnVersion()).isEqualTo(3));
            assertThat(provincePlanEvents(DerivedPlanRevisionRequired.class)).filteredOn(e -> e.masterPlanId().equals(planId)
                    && e.provinceId().equals(joiner)).extracting(DerivedPlanRevisionRequired::masterVersion).containsExactly(4);
        });
    }

    @Test
    void aMemberThatLeavesIsToldOfNoNewVersionAndItsPlanStaysReadable() {
        String stays = fresh("stays");
        String leaves = fresh("leaves");
        ProgrammeSnapshot programme = ProgrammeEvents.programme(fresh("programme"), stays, leaves);
        TestEvents.send(kafka, Topics.PROGRAMMES, ProgrammeEvents.created(programme));
        await().atMost(Duration.ofSeconds(60)).until(() -> tenants.hosts(stays) && tenants.hosts(leaves));
        String planId = fresh("plan");
        MasterPlanVersionPublished v1 = v1(programme, planId);
        TestEvents.send(kafka, Topics.MASTER_PLANS, v1);
        awaitPlan(leaves, planId, "UP_TO_DATE", 1);

        LocalDate today = VietnamTime.today(java.time.Clock.systemUTC());
        RecordMetadata left = send(Topics.PROGRAMMES, ProgrammeEvents.left(programme, leaves, today));
        await().atMost(Duration.ofSeconds(60)).until(() -> api().get("/actuator/health", ADMIN).status() == 200
                && programmeConsumedPast(left));
        RecordMetadata v2 = send(Topics.MASTER_PLANS, next(v1, "2.3", "Tỉnh Vĩnh Long"));

        awaitPlan(stays, planId, "REVISION_REQUIRED", 2);
        awaitConsumedBy(leaves, v2);
        awaitPlan(leaves, planId, "UP_TO_DATE", 1);
        assertThat(tenants.hosts(leaves)).as("its data stays readable").isTrue();
        assertThat(api().get("/api/provinces/" + leaves + "/derived-plans", TestTokens.token(leaves, "viewer")).json()
                .valueStream().map(p -> p.get("masterPlanId").asString())).contains(planId);
        assertThat(provincePlanEvents(DerivedPlanRevisionRequired.class)).filteredOn(e -> e.masterPlanId().equals(planId))
                .extracting(DerivedPlanRevisionRequired::provinceId).containsExactly(stays);
    }

    @Test
    void aPlanItsLeadClosedIsReadOnlyAndStillReadable() {
        String member = fresh("member");
        ProgrammeSnapshot programme = ProgrammeEvents.programme(fresh("programme"), member);
        TestEvents.send(kafka, Topics.PROGRAMMES, ProgrammeEvents.created(programme));
        await().atMost(Duration.ofSeconds(60)).until(() -> tenants.hosts(member));
        String planId = fresh("plan");
        MasterPlanVersionPublished v1 = v1(programme, planId);
        TestEvents.send(kafka, Topics.MASTER_PLANS, v1);
        awaitPlan(member, planId, "UP_TO_DATE", 1);

        TestEvents.send(kafka, Topics.MASTER_PLANS, new MasterPlanClosed(UUID.randomUUID().toString(), Instant.now(),
                programme.programmeId(), programme.leadAuthority(), planId, v1.planNumber(), 1, "ho-chi-minh-city"));
        String path = "/api/provinces/" + member + "/derived-plans/" + planId;
        String token = TestTokens.token(member, "planner");
        await().atMost(Duration.ofSeconds(60)).until(() -> api().get(path, token).json().get("closedAt").isString());

        ApiClient.Response refused = api().put(path + "/activities/1.1", token,
                "{\"leadUnit\":\"Sở Du lịch\",\"coordinatingUnits\":[]}", "If-Match", api().get(path, token).header("ETag"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).endsWith("plan-closed");
        assertThat(refused.json().get("detail").asString()).startsWith("Plan closed");
        assertThat(api().post(path + "/activities/1.1/progress", token, "{\"status\":\"DONE\"}", "If-Match",
                api().get(path, token).header("ETag")).status()).isEqualTo(409);
        assertThat(api().get(path, token).status()).as("still readable").isEqualTo(200);
        assertThat(api().get(path + "/versions/1", token).status()).isEqualTo(200);
        assertThat(api().get("/api/provinces/" + member + "/derived-plans", token).json().get(0).get("closed").asBoolean())
                .isTrue();
    }

    /** Whether the service's own group, which keeps the programmes, has handled the record. */
    boolean programmeConsumedPast(RecordMetadata record) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets("province-service.programmes"
                    + messaging.groupSuffix()).partitionsToOffsetAndMetadata().get()
                    .get(new TopicPartition(record.topic(), record.partition()));
            return committed != null && committed.offset() > record.offset();
        } catch (Exception e) {
            return false;
        }
    }
}
