package vn.lienket.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienket.notification.directory.Channel;
import vn.lienket.support.observability.TraceContexts;
import vn.lienket.support.testing.EmbeddedStore;

/**
 * SIGTERM while an alert is being sent: the send is not interrupted, its outcome is written, and
 * nothing is left SENDING to be claimed and sent a second time once its lease runs out; the lease
 * renewals' thread ends with the dispatcher.
 */
class DispatcherStopIT {

    final MongoClient client = MongoClients.create(EmbeddedStore.uri());
    final MongoDatabase database = client.getDatabase("lienket-notification-stop-" + UUID.randomUUID().toString().substring(0, 8));

    /** An SMTP server taking its time: the send blocks until released, and completes even if interrupted, as a socket write does. */
    static class HeldTransport implements Transport {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger sends = new AtomicInteger();
        final AtomicBoolean interrupted = new AtomicBoolean();

        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public Accepted send(Delivery delivery) {
            sends.incrementAndGet();
            entered.countDown();
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
            }
            if (interrupted.get()) {
                Thread.currentThread().interrupt(); // the flag stays set, as after an interrupted socket write
            }
            return Accepted.of("250 OK");
        }
    }

    @Test
    void aSendInProgressWhenStoppedHasItsOutcomeWrittenAndIsNotLeftToGoTwice() throws Exception {
        Deliveries deliveries = new Deliveries(database, TraceContexts.NONE);
        HeldTransport smtp = new HeldTransport();
        DeliveryDispatcher dispatcher = dispatcher(deliveries, smtp);
        Delivery alert = alert();
        deliveries.add(alert);
        dispatcher.start();
        assertThat(smtp.entered.await(60, TimeUnit.SECONDS)).as("the send has begun").isTrue();

        Thread sigterm = new Thread(dispatcher::stop, "sigterm");
        sigterm.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> !dispatcher.isRunning()); // stop() is under way
        smtp.release.countDown(); // the server answers
        sigterm.join(TimeUnit.SECONDS.toMillis(90));

        assertThat(sigterm.isAlive()).as("stop() returned").isFalse();
        assertThat(smtp.interrupted).as("the send was not interrupted").isFalse();
        assertThat(deliveries.find(alert.id()).orElseThrow().status()).as("its outcome written")
                .isEqualTo(DeliveryStatus.SENT);
        assertThat(deliveries.due(Long.MAX_VALUE, 10)).as("nothing left to claim and send again").isEmpty();
        assertThat(smtp.sends).hasValue(1);
        assertThat(dispatcher.renewalsEnded()).as("the lease renewals' thread ended with the dispatcher").isTrue();
    }

    @Test
    void stopEndsTheLeaseRenewalsAndAStartAfterwardsSendsAgain() throws Exception {
        Deliveries deliveries = new Deliveries(database, TraceContexts.NONE);
        HeldTransport smtp = new HeldTransport();
        smtp.release.countDown();
        DeliveryDispatcher dispatcher = dispatcher(deliveries, smtp);
        dispatcher.start();
        dispatcher.stop();
        assertThat(dispatcher.renewalsEnded()).isTrue();

        Delivery alert = alert();
        deliveries.add(alert);
        dispatcher.start();
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> deliveries.find(alert.id()).orElseThrow().status() == DeliveryStatus.SENT);
        } finally {
            dispatcher.stop();
        }
        assertThat(smtp.sends).hasValue(1);
    }

    private static DeliveryDispatcher dispatcher(Deliveries deliveries, Transport transport) {
        // no digests (the alert is urgent), so neither the composer nor the directory is used
        return new DeliveryDispatcher(deliveries, List.of(transport), new DeliveryProperties(Duration.ofSeconds(2),
                Duration.ofMinutes(5), 10, Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(0), "none",
                Duration.ofHours(1), 10, Duration.ofMillis(300), Duration.ofSeconds(30), Duration.ofMinutes(5)),
                null, null, new SimpleMeterRegistry(), Clock.systemUTC(), TraceContexts.NONE);
    }

    private static Delivery alert() {
        Instant now = Instant.now();
        return Delivery.queued(new Delivery.Origin(UUID.randomUUID().toString(), "lienket.test.v1", "hcmc-mekong-tourism",
                        "350-kh-ubnd-2024"), "kien-giang", "kien-giang.so-du-lich", Channel.EMAIL, "sdl@kiengiang.gov.vn",
                "KH 350/KH-UBND bản 2", "Kế hoạch 350 đã có bản 2", null, true, null, now, now.toEpochMilli(), null);
    }

    @AfterEach
    void close() {
        database.drop();
        client.close();
    }
}
