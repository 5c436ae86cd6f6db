package vn.lienket.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.ChangeKind;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.FieldChange;
import vn.lienket.contracts.PendingChange;
import vn.lienket.contracts.Topics;
import vn.lienket.localstack.smsc.SmscSimulator;
import vn.lienket.support.outbox.OutboxEntry;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestPorts;
import vn.lienket.support.testing.TestTokens;
import vn.lienket.support.testing.TestTraces;

/** A delivery keeps the trace of the event that caused it and is sent in it; operators scrape deliveries by status. */
@ServiceTest
// its own settings make it a context of its own: closed after the class, so its consumers and
// workers do not go on sharing the embedded store with the other tests' contexts
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT {

    static final int SMTP_PORT = TestPorts.free();
    static final int SMPP_PORT = TestPorts.free();
    static final GreenMail MAIL = TestServers.startMail(SMTP_PORT);
    static final SmscSimulator SMSC = TestServers.startSmsc(SMPP_PORT);
    static final String HCMC = TestTokens.token("ho-chi-minh-city", "coordinator");
    static final String ADMIN = TestTokens.token("platform", "platform-admin");

    @Autowired
    KafkaTemplate<String, String> kafka;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("lienket.sms.port", () -> SMPP_PORT);
        registry.add("lienket.seed.enabled", () -> "true");
        registry.add("lienket.delivery.default-quiet-hours", () -> "none");
        // no digest windows: they are kept in the store, and this test's units must not hold another test's alerts
        registry.add("lienket.delivery.digest-window", () -> "0s");
        registry.add("lienket.observability.sample-interval", () -> "300ms");
    }

    @AfterAll
    static void stopServers() {
        MAIL.stop();
        SMSC.close();
    }

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void aDeliveryIsRecordedAndSentInTheTraceOfTheEventThatCausedIt(CapturedOutput output) {
        DerivedPlanRevisionRequired event = revisionRequired("bac-lieu");
        String traceparent = TestTraces.newTraceparent();
        String traceId = TestTraces.traceIdOf(traceparent);

        TestEvents.send(kafka, TestTraces.traced(OutboxEntry.of(Topics.PROVINCE_PLANS, event).toRecord("/test"), traceparent));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> deliveries = api().get("/api/notifications/deliveries?eventId=" + event.eventId(), HCMC)
                    .json().valueStream().toList();
            assertThat(deliveries).extracting(d -> d.get("channel").asString()).contains("EMAIL", "SMS");
            assertThat(deliveries).extracting(d -> TestTraces.traceIdOf(d.get("traceparent").asString()))
                    .as("each delivery's trace").containsOnly(traceId);
            assertThat(output.getOut().lines()
                    .filter(line -> line.contains("Sent delivery " + event.eventId()) && line.contains(traceId)))
                    .as("the send's log lines, with the event's trace id").hasSize(2);
        });
    }

    @Test
    void aPlatformAdminScrapesDeliveriesByStatusAndACoordinatorCannot() {
        DerivedPlanRevisionRequired event = revisionRequired("ca-mau");
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, event);

        assertThat(api().get("/actuator/prometheus", HCMC).status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api().get("/actuator/prometheus", ADMIN).body())
                .containsPattern("lienket_deliveries\\{status=\"(SENT|DELIVERED)\"\\} [1-9]")
                .contains("lienket_deliveries{status=\"FAILED\"} ")
                .contains("lienket_consumer_lag_records{group=\"notification-service.alerts\"")
                .contains("lienket_outbox_pending_events "));
    }

    static DerivedPlanRevisionRequired revisionRequired(String province) {
        return new DerivedPlanRevisionRequired(UUID.randomUUID().toString(), Instant.now(), province,
                "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "Kế hoạch 350", 2, 1,
                LocalDate.of(2026, 12, 15), List.of(new PendingChange("2.3@v2", "2.3", ChangeKind.CHANGED, "Không gian kết nối",
                        List.of(new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Vĩnh Long")))), List.of());
    }
}
