package vn.lienket.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.contracts.Topics;
import vn.lienket.province.derivedplan.MasterVersions;
import vn.lienket.province.derivedplan.ProgrammeEvents;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.outbox.OutboxEntry;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;
import vn.lienket.support.testing.TestTraces;

/** Each tenant's consumer continues the trace of the master version it was told of; its lag is its own gauge. */
@ServiceTest
// its own settings make it a context of its own: closed after the class, so its consumers and
// workers do not go on sharing the embedded store with the other tests' contexts
@DirtiesContext
@TestPropertySource(properties = "lienket.observability.sample-interval=300ms")
class ObservabilityIT {

    static final List<String> MEMBERS = MasterVersions.plan350v1().members();
    static final String ADMIN = TestTokens.token("platform", "platform-admin");

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Tenants tenants;

    /** The members are tenants because their programme was announced, as plan-service's seed announces it. */
    @BeforeEach
    void theMekongProgrammeIsAnnounced() {
        ProgrammeEvents.mekongCreated(kafka, tenants);
    }

    /** This context's own broker: the bootstrap property is a system property that the last context started overwrites. */
    @Autowired
    EmbeddedKafkaBroker broker;

    @LocalServerPort
    int port;

    @Test
    void everyTenantsEventsAboutAMasterVersionTravelInTheTraceOfThatVersion() {
        String planId = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String traceparent = TestTraces.newTraceparent();

        TestEvents.send(kafka, TestTraces.traced(
                OutboxEntry.of(Topics.MASTER_PLANS, MasterVersions.plan350v1(planId)).toRecord("/test"), traceparent));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> created = TestEvents.readAll(broker.getBrokersAsString(), Topics.PROVINCE_PLANS).stream()
                    .filter(r -> createdFor(r, planId).isPresent()).toList();
            assertThat(created).extracting(r -> createdFor(r, planId).orElseThrow().provinceId())
                    .containsExactlyInAnyOrderElementsOf(MEMBERS);
            assertThat(created).extracting(r -> TestTraces.traceIdOf(TestTraces.traceparentOf(r)))
                    .as("each tenant's event, in the version's trace").containsOnly(TestTraces.traceIdOf(traceparent));
        });
    }

    @Test
    void aPlatformAdminSeesTheLagOfEachTenantsConsumerGroup() {
        TestEvents.send(kafka, Topics.MASTER_PLANS, MasterVersions.plan350v1("it-" + UUID.randomUUID().toString().substring(0, 8)));
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);

        assertThat(api.get("/actuator/prometheus", TestTokens.token("kien-giang", "planner")).status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String scrape = api.get("/actuator/prometheus", ADMIN).body();
            for (String province : MEMBERS) {
                assertThat(scrape).as(province).contains("lienket_consumer_lag_records{group=\"province-service." + province
                        + "\",topic=\"" + Topics.MASTER_PLANS + "\"}");
            }
        });
    }

    private static Optional<DerivedPlanCreated> createdFor(ConsumerRecord<String, String> record, String planId) {
        return IncomingEvents.parse(record).filter(DerivedPlanCreated.class::isInstance).map(DerivedPlanCreated.class::cast)
                .filter(e -> e.masterPlanId().equals(planId));
    }
}
