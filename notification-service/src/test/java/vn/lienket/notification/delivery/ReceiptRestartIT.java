package vn.lienket.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import vn.lienket.support.observability.TraceContexts;
import vn.lienket.notification.NotificationServiceApplication;
import vn.lienket.notification.directory.Channel;
import vn.lienket.support.store.Documents;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.EmbeddedStore;
import vn.lienket.support.testing.ServiceTestInfrastructure;
import vn.lienket.support.testing.TestPorts;
import vn.lienket.support.testing.TestTokens;

/**
 * SMS receipts live in the store until they are applied: one that was waiting for its delivery
 * when the service stopped is applied after it starts again. An SMS whose receipt never comes is
 * RECEIPT_UNKNOWN, listed as such, and a late receipt still settles it; a receipt that never finds
 * its delivery is parked where a platform admin can see it.
 */
@EmbeddedKafka(partitions = 1)
class ReceiptRestartIT {

    final String database = "lienket-notification-receipts-" + UUID.randomUUID().toString().substring(0, 8);
    ConfigurableApplicationContext service;

    ConfigurableApplicationContext start(String... settings) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(), "--lienket.store.database=" + database,
                "--lienket.seed.enabled=true", "--spring.mail.port=" + TestPorts.free(), "--lienket.sms.port=" + TestPorts.free(),
                "--lienket.delivery.default-quiet-hours=none"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(NotificationServiceApplication.class)
                .initializers(new ServiceTestInfrastructure()).run(args.toArray(String[]::new));
    }

    @Test
    void aReceiptWaitingForItsDeliveryWhenTheServiceStopsIsAppliedAfterItStarts() {
        // slow look-ups, so that the receipt is still waiting when the service stops
        service = start("--lienket.delivery.receipt-lookup-delay=10s");
        String messageId = "smsc-" + UUID.randomUUID();
        service.publishEvent(new Receipt(messageId, true, "DELIVRD"));
        await().atMost(Duration.ofSeconds(10)).until(() -> storedReceipts(messageId) == 1);
        service.close();

        // the write of the message ids, which the receipt overtook, lands while the service is down
        Delivery sent = sentSms(messageId, Long.MAX_VALUE);
        insert(sent);
        service = start();

        await().atMost(Duration.ofSeconds(30)).until(() -> stored(sent.id()).status() == DeliveryStatus.DELIVERED);
        assertThat(stored(sent.id()).timeline().get(stored(sent.id()).timeline().size() - 1).detail())
                .isEqualTo("receipt DELIVRD for message " + messageId);
        await().atMost(Duration.ofSeconds(10)).until(() -> storedReceipts(messageId) == 0);
    }

    @Test
    void anSmsWhoseReceiptNeverComesIsReceiptUnknownAndALateReceiptStillSettlesIt() {
        service = start("--lienket.delivery.receipt-wait=1s", "--lienket.delivery.receipt-lookups=3",
                "--lienket.delivery.receipt-lookup-delay=200ms");
        String messageId = "smsc-" + UUID.randomUUID();
        Delivery sent = sentSms(messageId, Instant.now().plusSeconds(1).toEpochMilli());
        insert(sent);
        ApiClient api = new ApiClient("http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort());

        await().atMost(Duration.ofSeconds(30)).until(() -> stored(sent.id()).status() == DeliveryStatus.RECEIPT_UNKNOWN);
        assertThat(api.get("/api/notifications/deliveries?status=RECEIPT_UNKNOWN", TestTokens.token("kien-giang", "planner"))
                .json().valueStream().map(d -> d.get("id").asString())).containsExactly(sent.id());

        service.publishEvent(new Receipt(messageId, true, "DELIVRD"));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(sent.id()).status() == DeliveryStatus.DELIVERED);

        String stray = "smsc-" + UUID.randomUUID();
        service.publishEvent(new Receipt(stray, true, "DELIVRD"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/notifications/receipts/unmatched",
                TestTokens.token("platform", "platform-admin")).json().valueStream()
                .filter(r -> r.get("messageId").asString().equals(stray)))
                .singleElement().satisfies(r -> assertThat(r.get("reason").asString()).contains("after 3 look-ups")));
        assertThat(api.get("/api/notifications/receipts/unmatched", TestTokens.token("kien-giang", "planner")).status())
                .isEqualTo(403);
    }

    @Test
    void anSmsRecordedByAnOlderVersionIsInTheLogAndStopsWaitingForItsReceipt() {
        Delivery old = sentSms("smsc-" + UUID.randomUUID(), Long.MAX_VALUE);
        try (MongoClient client = MongoClients.create(EmbeddedStore.uri())) {
            // as an older version stored it: no sort key, no receipt deadline, no programme
            client.getDatabase(database).getCollection("deliveries").insertOne(Documents.toDocument(old)
                    .append("programmeId", null).append("planId", null));
        }
        service = start("--lienket.delivery.receipt-wait=1s");
        ApiClient api = new ApiClient("http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort());

        await().atMost(Duration.ofSeconds(30)).until(() -> stored(old.id()).status() == DeliveryStatus.RECEIPT_UNKNOWN);
        assertThat(api.get("/api/notifications/deliveries?limit=1", TestTokens.token("kien-giang", "planner")).json()
                .valueStream().map(d -> d.get("id").asString())).as("its own authority sees it").containsExactly(old.id());
        assertThat(api.get("/api/notifications/deliveries", TestTokens.token("ho-chi-minh-city", "coordinator")).json())
                .as("no lead sees a delivery whose programme is not known").isEmpty();
    }

    /** An SMS to Kiên Giang's tourism unit that the SMSC accepted as {@code messageId}. */
    private static Delivery sentSms(String messageId, long receiptDue) {
        Instant now = Instant.now();
        Delivery queued = Delivery.queued(new Delivery.Origin(UUID.randomUUID().toString(), "lienket.test.v1",
                        "hcmc-mekong-tourism", "350-kh-ubnd-2024"), "kien-giang", "kien-giang.so-du-lich", Channel.SMS,
                "+8490000911", null, "KH 350/KH-UBND bản 2", null, false, null, now, now.toEpochMilli(), null);
        return queued.next(DeliveryStatus.SENDING, 1, now.plusSeconds(60).toEpochMilli(), now, null)
                .sent(now, new Transport.Accepted("accepted by the SMSC", List.of(messageId)), receiptDue);
    }

    private void insert(Delivery delivery) {
        try (MongoClient client = MongoClients.create(EmbeddedStore.uri())) {
            new Deliveries(client.getDatabase(database), TraceContexts.NONE).add(delivery);
        }
    }

    private Delivery stored(String id) {
        try (MongoClient client = MongoClients.create(EmbeddedStore.uri())) {
            return Documents.fromDocument(client.getDatabase(database).getCollection("deliveries")
                    .find(Filters.eq("_id", id)).first(), Delivery.class);
        }
    }

    private long storedReceipts(String messageId) {
        try (MongoClient client = MongoClients.create(EmbeddedStore.uri())) {
            return client.getDatabase(database).getCollection("receipts").countDocuments(Filters.eq("messageId", messageId));
        }
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }
}
