package vn.lienket.province.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.Topics;
import vn.lienket.province.derivedplan.MasterVersions;
import vn.lienket.province.derivedplan.ProgrammeEvents;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.messaging.MessagingProperties;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.EmbeddedStore;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;

/** The store going away while every tenant consumes a version: they wait, visibly, and apply it when it returns. */
@ServiceTest
class StoreOutageIT {

    static final List<String> MEMBERS = MasterVersions.plan350v1().members();

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Tenants tenants;

    /** The members are tenants because their programme was announced, as plan-service's seed announces it. */
    @BeforeEach
    void theMekongProgrammeIsAnnounced() {
        ProgrammeEvents.mekongCreated(kafka, tenants);
    }

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

    String group(String province) {
        return "province-service." + province + messaging.groupSuffix();
    }

    @Test
    void aVersionConsumedWhileTheStoreIsAwayIsAppliedByEveryTenantWhenItReturnsAndNothingIsParked() {
        String planId = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        MasterPlanVersionPublished v1 = MasterVersions.plan350v1(planId);
        String kienGiang = group("kien-giang");
        double failuresBefore = transientFailures(kienGiang);

        EmbeddedStore.stop();
        try {
            TestEvents.send(kafka, Topics.MASTER_PLANS, v1);
            await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> {
                assertThat(transientFailures(kienGiang) - failuresBefore)
                        .as("tried more often than the bounded retries of before allowed, and not parked")
                        .isGreaterThan(messaging.maxRetries() + 1);
                JsonNode consumers = health().get("components").get("consumers");
                assertThat(consumers.get("status").asString()).isEqualTo("OUT_OF_SERVICE");
                List<JsonNode> waiting = consumers.get("details").get("retrying").valueStream()
                        .filter(w -> v1.eventId().equals(w.get("eventId").asString())).toList();
                assertThat(waiting).extracting(w -> w.get("listener").asString())
                        .containsAll(MEMBERS.stream().map(this::group).toList());
                assertThat(waiting).allSatisfy(w -> {
                    assertThat(w.get("waitingOn").asString()).isEqualTo("store");
                    assertThat(w.get("failure").asString()).isEqualTo("TRANSIENT");
                });
                assertThat(retrying(kienGiang)).isEqualTo(1.0);
            });
            // the lead's read needs the store before the handler (how it stands to the plan): a 503 problem too
            ApiClient.Response leadReads = api().get("/api/provinces/kien-giang/derived-plans/" + planId,
                    TestTokens.token("ho-chi-minh-city", "coordinator"));
            assertThat(leadReads.status()).as(leadReads.body()).isEqualTo(503);
            assertThat(leadReads.contentType()).startsWith("application/problem+json");
            assertThat(leadReads.header("Retry-After")).isEqualTo("5");
        } finally {
            EmbeddedStore.start();
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (String province : MEMBERS) {
                ApiClient.Response plan = api().get("/api/provinces/" + province + "/derived-plans/" + planId,
                        TestTokens.token(province, "planner"));
                assertThat(plan.status()).as(province).isEqualTo(200);
                assertThat(plan.json().get("status").asString()).as(province).isEqualTo("UP_TO_DATE");
                assertThat(plan.json().get("latestMasterVersion").asInt()).as(province).isEqualTo(1);
            }
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(health().get("components").get("consumers").get("status").asString()).isEqualTo("UP");
            assertThat(retrying(kienGiang)).isZero();
        });
        assertThat(TestEvents.readAll(broker.getBrokersAsString(), Topics.deadLetter(Topics.MASTER_PLANS)))
                .noneMatch(r -> v1.eventId().equals(IncomingEvents.header(r, CloudEventHeaders.ID)));
        assertThat(api().get("/api/operations/dead-letters?topic=" + Topics.MASTER_PLANS,
                TestTokens.token("platform", "platform-admin")).json().valueStream())
                .noneMatch(p -> v1.eventId().equals(p.get("eventId").asString()));
    }

    JsonNode health() {
        return api().get("/actuator/health", TestTokens.token("platform", "platform-admin")).json();
    }

    double transientFailures(String listener) {
        return meters.find("lienket.events.transient-failures").tag("listener", listener).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    double retrying(String listener) {
        Gauge gauge = meters.find("lienket.events.retrying").tag("listener", listener).gauge();
        return gauge == null ? 0 : gauge.value();
    }
}
