package vn.lienket.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienket.support.observability.TraceContexts;
import vn.lienket.notification.alert.Fallback;
import vn.lienket.notification.directory.Channel;
import vn.lienket.support.testing.EmbeddedStore;

/**
 * A receipt's conditional write that matches nothing is not taken for done: the delivery moved on
 * meanwhile (here the wait for its receipt ran out just as it came), so the receipt reads it again
 * and settles it as it now stands; one that keeps losing stays stored for the next sweep.
 */
class ReceiptRaceIT {

    final MongoClient client = MongoClients.create(EmbeddedStore.uri());
    final MongoDatabase database = client.getDatabase("lienket-notification-race-" + UUID.randomUUID().toString().substring(0, 8));
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** Deliveries where, before the next {@code races} conditional writes, someone else moves the delivery on. */
    class Contended extends Deliveries {

        int races;

        Contended(int races) {
            super(database, TraceContexts.NONE);
            this.races = races;
        }

        @Override
        boolean replace(Delivery read, Delivery next) {
            if (races > 0) {
                races--;
                Delivery current = find(read.id()).orElseThrow();
                super.replace(current, current.next(current.status() == DeliveryStatus.SENT ? DeliveryStatus.RECEIPT_UNKNOWN
                        : current.status(), current.attempts() + 1, Long.MAX_VALUE, Instant.now(), "moved on meanwhile"));
            }
            return super.replace(read, next);
        }
    }

    @Test
    void aReceiptThatLosesARaceWithAnotherChangeReadsTheDeliveryAgainAndSettlesIt() {
        Contended deliveries = new Contended(1);
        Delivery sent = sentSms("smsc-1");
        deliveries.add(sent);

        receipts(deliveries).apply(new Receipt("smsc-1", true, "DELIVRD"), sent);

        Delivery settled = deliveries.find(sent.id()).orElseThrow();
        assertThat(settled.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(settled.timeline()).extracting(Delivery.Step::status)
                .containsSubsequence(DeliveryStatus.SENT, DeliveryStatus.RECEIPT_UNKNOWN, DeliveryStatus.DELIVERED);
    }

    @Test
    void aReceiptThatKeepsLosingIsKeptForTheNextSweepAndCounted() {
        Contended deliveries = new Contended(Integer.MAX_VALUE);
        Delivery sent = sentSms("smsc-2");
        deliveries.add(sent);
        PendingReceipts pending = new PendingReceipts(database);
        DeliveryReceipts receipts = new DeliveryReceipts(deliveries, pending, properties(), meters, Clock.systemUTC());
        pending.record(new Receipt("smsc-2", true, "DELIVRD"), Instant.now());

        receipts.sweep();

        assertThat(deliveries.find(sent.id()).orElseThrow().status()).isNotEqualTo(DeliveryStatus.DELIVERED);
        assertThat(database.getCollection("receipts").countDocuments()).as("the receipt is still stored").isEqualTo(1);
        assertThat(meters.counter("lienket.deliveries.lost-state-changes", "by", "receipt").count()).isEqualTo(1);
        assertThat(meters.find("lienket.deliveries.delivered").counter()).as("nothing counted as delivered").isNull();

        deliveries.races = 0;
        pending.due(Long.MAX_VALUE, 10).forEach(r -> database.getCollection("receipts").updateOne(
                com.mongodb.client.model.Filters.eq("_id", r.id()), com.mongodb.client.model.Updates.set("dueAt", 0L)));
        receipts.sweep();
        assertThat(deliveries.find(sent.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(database.getCollection("receipts").countDocuments()).isZero();
    }

    @Test
    void aFailureForGoodThatLosesTheRaceWritesNothingAndSaysSo() {
        Contended deliveries = new Contended(1);
        Delivery sent = sentSms("smsc-3");
        deliveries.add(sent);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deliveries.failForGood(sent, "SMSC UNDELIV", Instant.now()))
                .isInstanceOf(LostStateChange.class);
        assertThat(deliveries.find(sent.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.RECEIPT_UNKNOWN);
    }

    /**
     * The failover is queued before the original is marked FAILED_OVER: when marking it fails (here
     * it lost a race; a crash is the same), the unit is still alerted on its other channel, and the
     * original failed again later finds its failover there, queued once.
     */
    @Test
    void aFailoverIsQueuedBeforeTheOriginalIsMarkedSoAFailedMarkLeavesTheUnitAlerted() {
        Contended deliveries = new Contended(1);
        Instant now = Instant.now();
        Delivery sms = Delivery.queued(new Delivery.Origin(UUID.randomUUID().toString(), "lienket.test.v1",
                        "hcmc-mekong-tourism", "350-kh-ubnd-2024"), "kien-giang", "kien-giang.so-du-lich", Channel.SMS,
                "+8490000912", null, "KH 350/KH-UBND bản 2", null, false,
                new Fallback(Channel.EMAIL, "sdl@kiengiang.gov.vn", "KH 350/KH-UBND bản 2", "Kế hoạch 350 bản 2", null),
                now, now.toEpochMilli(), null)
                .sent(now, new Transport.Accepted("accepted", List.of("smsc-4")), now.plusSeconds(3600).toEpochMilli());
        deliveries.add(sms);
        String failoverId = Delivery.idOf(sms.eventId(), sms.unitId(), Channel.EMAIL);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deliveries.failForGood(sms, "SMSC UNDELIV", now))
                .isInstanceOf(LostStateChange.class);
        assertThat(deliveries.find(failoverId)).as("the failover queued though the original was not marked")
                .hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.QUEUED));

        Delivery current = deliveries.find(sms.id()).orElseThrow();
        assertThat(deliveries.failForGood(current, "SMSC UNDELIV", Instant.now())).as("failed over, again").isTrue();
        assertThat(deliveries.find(sms.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.FAILED_OVER);
        assertThat(database.getCollection("deliveries").countDocuments(com.mongodb.client.model.Filters.eq("_id", failoverId)))
                .as("the failover once").isEqualTo(1);
    }

    private DeliveryReceipts receipts(Deliveries deliveries) {
        return new DeliveryReceipts(deliveries, new PendingReceipts(database), properties(), meters, Clock.systemUTC());
    }

    private static DeliveryProperties properties() {
        return new DeliveryProperties(Duration.ofSeconds(2), Duration.ofMinutes(5), 10, Duration.ofSeconds(60),
                Duration.ofMillis(500), Duration.ofSeconds(60), "none", Duration.ofHours(1), 10, Duration.ofMillis(300),
                Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    private static Delivery sentSms(String messageId) {
        Instant now = Instant.now();
        return Delivery.queued(new Delivery.Origin(UUID.randomUUID().toString(), "lienket.test.v1", "hcmc-mekong-tourism",
                        "350-kh-ubnd-2024"), "kien-giang", "kien-giang.so-du-lich", Channel.SMS, "+8490000911", null,
                "KH 350/KH-UBND bản 2", null, false, null, now, now.toEpochMilli(), null)
                .sent(now, new Transport.Accepted("accepted", List.of(messageId)), now.plusSeconds(3600).toEpochMilli());
    }

    @AfterEach
    void close() {
        database.drop();
        client.close();
    }
}
