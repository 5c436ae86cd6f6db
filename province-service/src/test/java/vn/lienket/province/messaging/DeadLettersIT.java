package vn.lienket.province.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.Topics;
import vn.lienket.province.derivedplan.MasterVersions;
import vn.lienket.province.derivedplan.ProgrammeEvents;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.deadletter.ParkedEvents;
import vn.lienket.support.messaging.Failures;
import vn.lienket.support.messaging.MessagingProperties;
import vn.lienket.support.outbox.OutboxEntry;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;

/** Parked records as an operator sees them: listed with where and why, re-driven for the tenant that parked them. */
@ServiceTest
class DeadLettersIT {

    static final String DEAD_LETTERS = "/api/operations/dead-letters";
    static final String ADMIN = TestTokens.token("platform", "platform-admin");

    @Autowired
    KafkaTemplate<String, String> kafka;

    /** The members are tenants because their programme was announced, as plan-service's seed announces it. */
    @BeforeEach
    void theMekongProgrammeIsAnnounced() {
        ProgrammeEvents.mekongCreated(kafka, tenants);
    }

    @Autowired
    Tenants tenants;

    @Autowired
    ParkedEvents parkedEvents;

    @Autowired
    MessagingProperties messaging;

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    List<JsonNode> parked(String eventId) {
        ApiClient.Response list = api().get(DEAD_LETTERS + "?topic=" + Topics.MASTER_PLANS + "&limit=200", ADMIN);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().valueStream().filter(p -> eventId.equals(p.get("eventId").asString())).toList();
    }

    @Test
    void aPoisonRecordIsParkedAtOnceByEveryTenantListedWithWhereAndWhyAndFailsAgainWhenReDriven() {
        String planId = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = "poison-" + UUID.randomUUID();
        ProducerRecord<String, String> poison = new ProducerRecord<>(Topics.MASTER_PLANS, planId, "{not json");
        poison.headers().add(new RecordHeader(CloudEventHeaders.TYPE, MasterPlanVersionPublished.TYPE.getBytes(StandardCharsets.UTF_8)));
        poison.headers().add(new RecordHeader(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8)));
        poison.headers().add(new RecordHeader(CloudEventHeaders.SUBJECT, planId.getBytes(StandardCharsets.UTF_8)));
        TestEvents.send(kafka, poison);

        List<String> listeners = new java.util.ArrayList<>(MasterVersions.plan350v1().members().stream()
                .map(t -> "province-service." + t + messaging.groupSuffix()).toList());
        listeners.add("province-service.programmes" + messaging.groupSuffix());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(parked(eventId))
                .extracting(p -> p.get("listener").asString())
                .as("parked by each member's listener and the service's own").containsAll(listeners)
                .doesNotHaveDuplicates());
        List<JsonNode> parked = parked(eventId);
        assertThat(parked).allSatisfy(p -> {
            assertThat(p.get("type").asString()).isEqualTo(MasterPlanVersionPublished.TYPE);
            assertThat(p.get("subject").asString()).isEqualTo(planId);
            assertThat(p.get("reason").asString()).contains("does not parse");
            assertThat(p.get("failure").asString()).isEqualTo("PERMANENT");
            assertThat(p.get("status").asString()).isEqualTo("PARKED");
            assertThat(p.get("partition").asInt()).isBetween(0, 2);
            assertThat(p.get("offset").isNumber()).isTrue();
            assertThat(p.get("parkedAt").asString()).isNotBlank();
        });

        String one = parked.get(0).get("id").asString();
        JsonNode detail = api().get(DEAD_LETTERS + "/" + one, ADMIN).json();
        assertThat(detail.get("value").asString()).isEqualTo("{not json");
        assertThat(detail.get("audit").valueStream().map(a -> a.get("action").asString())).containsExactly("event.parked");

        ApiClient.Response all = api().post(DEAD_LETTERS + "/redrive?topic=" + Topics.MASTER_PLANS, ADMIN, "");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("results").valueStream()
                .filter(r -> eventId.equals(r.get("event").get("eventId").asString()))
                .map(r -> r.get("outcome").asString())).hasSizeGreaterThanOrEqualTo(listeners.size())
                .containsOnly("FAILED_AGAIN");
        JsonNode after = api().get(DEAD_LETTERS + "/" + one, ADMIN).json();
        assertThat(after.get("status").asString()).isEqualTo("PARKED");
        assertThat(after.get("redrives").asInt()).isEqualTo(1);
        assertThat(after.get("audit").valueStream().map(a -> a.get("action").asString() + " by " + a.get("principal").asString()))
                .containsExactly("event.parked by listener:" + after.get("listener").asString(), "event.redrive-failed by platform");
    }

    @Test
    void aParkedVersionReDrivenOnceItsCauseIsFixedIsAppliedOnceAndOnlyForTheTenantThatParkedIt() {
        String planId = "redrive-" + UUID.randomUUID().toString().substring(0, 8);
        MasterPlanVersionPublished v1 = MasterVersions.plan350v1(planId);
        String kienGiang = "province-service.kien-giang" + messaging.groupSuffix();
        String id = parkedEvents.park(consumed(v1), kienGiang,
                Failures.classify(new IllegalStateException("a bug in the handler, since fixed"))).id();
        String derived = "/api/provinces/kien-giang/derived-plans/" + planId;
        assertThat(api().get(derived, TestTokens.token("kien-giang", "planner")).status()).isEqualTo(404);

        ApiClient.Response first = api().post(DEAD_LETTERS + "/" + id + "/redrive", ADMIN, "");
        ApiClient.Response second = api().post(DEAD_LETTERS + "/" + id + "/redrive", ADMIN, "");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("outcome").asString()).isEqualTo("REDRIVEN");
        assertThat(first.json().get("event").get("status").asString()).isEqualTo("REDRIVEN");
        assertThat(first.json().get("event").get("redrivenBy").asString()).isEqualTo("platform");
        assertThat(second.json().get("outcome").asString()).isEqualTo("ALREADY_REDRIVEN");
        ApiClient.Response plan = api().get(derived, TestTokens.token("kien-giang", "planner"));
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().get("latestMasterVersion").asInt()).isEqualTo(1);
        assertThat(api().get(derived + "/audit", TestTokens.token("kien-giang", "planner")).json().valueStream()
                .map(a -> a.get("action").asString())).as("applied once").containsExactly("derived-plan.created");
        assertThat(api().get("/api/provinces/soc-trang/derived-plans/" + planId, TestTokens.token("soc-trang", "planner"))
                .status()).as("only the tenant that parked it").isEqualTo(404);
        assertThat(api().get(DEAD_LETTERS + "/" + id, ADMIN).json().get("audit").valueStream()
                .map(a -> a.get("action").asString())).containsExactly("event.parked", "event.redriven");
        assertThat(api().get(DEAD_LETTERS + "?status=REDRIVEN&limit=200", ADMIN).json().valueStream()
                .map(p -> p.get("id").asString())).contains(id);
    }

    @Test
    void onlyThePlatformsOperatorsSeeOrReDriveDeadLetters() {
        String id = parkedEvents.park(consumed(MasterVersions.plan350v1("denied-" + UUID.randomUUID().toString().substring(0, 8))),
                "province-service.kien-giang" + messaging.groupSuffix(), Failures.classify(new IllegalArgumentException("invalid"))).id();
        for (String token : List.of(TestTokens.token("kien-giang", "planner"), TestTokens.token("ho-chi-minh-city", "coordinator"))) {
            for (ApiClient.Response refused : List.of(api().get(DEAD_LETTERS, token), api().get(DEAD_LETTERS + "/" + id, token),
                    api().post(DEAD_LETTERS + "/" + id + "/redrive", token, ""), api().post(DEAD_LETTERS + "/redrive", token, ""))) {
                assertThat(refused.status()).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(api().get(DEAD_LETTERS, null).status()).isEqualTo(401);
        assertThat(api().post(DEAD_LETTERS + "/" + id + "/redrive", null, "").status()).isEqualTo(401);
        assertThat(api().get(DEAD_LETTERS + "/" + id, ADMIN).json().get("status").asString()).as("nothing re-driven")
                .isEqualTo("PARKED");
        assertThat(api().get(DEAD_LETTERS + "?status=LOST", ADMIN).json().get("field").asString()).isEqualTo("status");
    }

    /** The event as a listener would have consumed it from the master-plan topic. */
    static ConsumerRecord<String, String> consumed(MasterPlanVersionPublished event) {
        ProducerRecord<String, String> sent = OutboxEntry.of(Topics.MASTER_PLANS, event).toRecord("/plan-service");
        RecordHeaders headers = new RecordHeaders(sent.headers().toArray());
        return new ConsumerRecord<>(Topics.MASTER_PLANS, 0, Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000),
                ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE,
                sent.key(), sent.value(), headers, java.util.Optional.empty());
    }
}
