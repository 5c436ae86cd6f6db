package vn.lienket.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.Topics;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;
import vn.lienket.support.testing.TestTraces;

/** What an operator sees of plan-service: the scrape endpoint, and a publish's trace on its Kafka record. */
@ServiceTest
// its own settings make it a context of its own: closed after the class, so its consumers and
// workers do not go on sharing the embedded store with the other tests' contexts
@DirtiesContext
@TestPropertySource(properties = {"lienket.seed.enabled=true", "lienket.observability.sample-interval=300ms"})
class ObservabilityIT {

    static final String PLAN = "/api/master-plans/350-kh-ubnd-2024";
    static final String HCMC = TestTokens.token("ho-chi-minh-city", "coordinator");
    static final String ADMIN = TestTokens.token("platform", "platform-admin");

    @LocalServerPort
    int port;

    /** This context's own broker: the bootstrap property is a system property that the last context started overwrites. */
    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    KafkaTemplate<String, String> kafka;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void theScrapeEndpointIsOnlyForPlatformAdmins() {
        ApiClient.Response anonymous = api().get("/actuator/prometheus", null);
        ApiClient.Response planner = api().get("/actuator/prometheus", TestTokens.token("kien-giang", "planner"));
        ApiClient.Response coordinator = api().get("/actuator/prometheus", HCMC);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(planner.status()).isEqualTo(403);
        assertThat(planner.contentType()).startsWith("application/problem+json");
        assertThat(coordinator.status()).isEqualTo(403);
        assertThat(api().get("/actuator/prometheus", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void aPlatformAdminScrapesRequestsConsumerLagOutboxBacklogAndParkedRecords() {
        // a record the compliance consumer ignores, so its group has a committed offset to measure lag from
        ProducerRecord<String, String> ignored = new ProducerRecord<>(Topics.PROVINCE_PLANS, "it", "{}");
        ignored.headers().add(new RecordHeader(CloudEventHeaders.TYPE,
                "lienket.test.ignored.v1".getBytes(StandardCharsets.UTF_8)));
        TestEvents.send(kafka, ignored);
        api().get(PLAN, HCMC);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String scrape = api().get("/actuator/prometheus", ADMIN).body();
            assertThat(scrape).contains("http_server_requests_seconds_count{")
                    .containsPattern("lienket_consumer_lag_records\\{[^}]*group=\"plan-service.compliance\"[^}]*topic=\""
                            + Topics.PROVINCE_PLANS.replace(".", "\\.") + "\"")
                    .contains("lienket_outbox_pending_events ")
                    .contains("lienket_events_parked_events{topic=\"" + Topics.MASTER_PLANS + "\"} 0.0");
        });
    }

    @Test
    void aPublishedVersionGoesToKafkaInTheTraceOfTheRequestThatPublishedIt() {
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(PLAN, HCMC).status() == 200);
        ApiClient.Response read = api().get(PLAN, HCMC);
        assertThat(api().put(PLAN + "/draft", HCMC, draftWithLocation(read.json(), "2.3", "Tỉnh " + UUID.randomUUID()),
                "If-Match", read.header("ETag")).status()).isEqualTo(200);
        String traceparent = TestTraces.newTraceparent();

        ApiClient.Response published = api().post(PLAN + "/versions", HCMC,
                "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(21) + "\",\"summary\":\"Theo dõi\"}",
                "traceparent", traceparent);

        assertThat(published.status()).isEqualTo(201);
        int version = published.json().get("number").asInt();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ConsumerRecord<String, String> record = TestEvents.readAll(broker.getBrokersAsString(), Topics.MASTER_PLANS).stream()
                    .filter(r -> IncomingEvents.parse(r).filter(MasterPlanVersionPublished.class::isInstance)
                            .map(MasterPlanVersionPublished.class::cast)
                            .filter(e -> e.planId().equals("350-kh-ubnd-2024") && e.version() == version).isPresent())
                    .findFirst().orElseThrow();
            String relayed = TestTraces.traceparentOf(record);
            assertThat(TestTraces.traceIdOf(relayed)).as("the record's trace").isEqualTo(TestTraces.traceIdOf(traceparent));
            assertThat(TestTraces.spanIdOf(relayed)).as("the service's own span, a child of the caller's")
                    .isNotEqualTo(TestTraces.spanIdOf(traceparent));
        });
    }

    static String draftWithLocation(JsonNode plan, String code, String location) {
        JsonNode sections = plan.get("draft").get("sections");
        for (JsonNode section : sections) {
            for (JsonNode activity : section.get("activities")) {
                if (activity.get("code").asString().equals(code)) {
                    ((ObjectNode) activity).put("location", location);
                }
            }
        }
        return "{\"sections\":" + sections + "}";
    }
}
