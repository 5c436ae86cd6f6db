package vn.lienket.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import vn.lienket.contracts.ChangeKind;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.FieldChange;
import vn.lienket.contracts.PendingChange;
import vn.lienket.localstack.smsc.SmscSimulator;
import vn.lienket.notification.NotificationServiceApplication;
import vn.lienket.notification.directory.Channel;
import vn.lienket.support.store.Documents;
import vn.lienket.support.testing.EmbeddedStore;
import vn.lienket.support.testing.ServiceTestInfrastructure;
import vn.lienket.support.testing.TestPorts;

/**
 * The retry schedule lives in the store: a service stopped while an alert is waiting for the SMTP
 * server to come back, and started again, carries on the same schedule and sends it once.
 */
@EmbeddedKafka(partitions = 1)
class RetryScheduleRestartIT {

    final int smtpPort = TestPorts.free();
    final int smscPort = TestPorts.free();
    final String database = "lienket-notification-restart-" + UUID.randomUUID().toString().substring(0, 8);
    SmscSimulator smsc;
    GreenMail mail;
    ConfigurableApplicationContext service;

    ConfigurableApplicationContext start() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        return new SpringApplicationBuilder(NotificationServiceApplication.class)
                .initializers(new ServiceTestInfrastructure())
                .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--lienket.store.database=" + database, "--lienket.seed.enabled=true",
                        "--spring.mail.port=" + smtpPort, "--lienket.sms.port=" + smscPort,
                        "--lienket.delivery.first-retry=400ms", "--lienket.delivery.max-retry=1s",
                        "--lienket.delivery.max-attempts=30", "--lienket.delivery.default-quiet-hours=none");
    }

    @Test
    void aServiceRestartedInTheMiddleOfARetryScheduleCarriesItOnAndSendsOnce() throws IOException {
        smsc = new SmscSimulator(smscPort, TestPorts.free());
        smsc.start();
        service = start();
        DerivedPlanRevisionRequired event = new DerivedPlanRevisionRequired(UUID.randomUUID().toString(), Instant.now(),
                "an-giang", "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "Kế hoạch 350", 2,
                1, LocalDate.of(2026, 12, 15), List.of(new PendingChange("2.3@v2", "2.3", ChangeKind.CHANGED, "Không gian",
                        List.of(new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Vĩnh Long")))), List.of());
        String emailId = Delivery.idOf(event.eventId(), "an-giang.so-du-lich", Channel.EMAIL);

        service.getBean(DeliveryService.class).onEvent(event);
        await().atMost(Duration.ofSeconds(30)).until(() -> service.getBean(Deliveries.class).find(emailId)
                .filter(d -> d.status() == DeliveryStatus.RETRYING && d.attempts() >= 2).isPresent());
        service.close();
        Delivery beforeRestart = storedAfterStop(emailId);
        assertThat(beforeRestart.status()).isEqualTo(DeliveryStatus.RETRYING);

        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        service = start();

        await().atMost(Duration.ofSeconds(30)).until(() -> mail.getReceivedMessages().length == 1);
        Delivery sent = service.getBean(Deliveries.class).find(emailId).orElseThrow();
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).as("the count carries on from before the restart").isEqualTo(beforeRestart.attempts() + 1);
        assertThat(sent.timeline()).startsWith(beforeRestart.timeline().toArray(Delivery.Step[]::new));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mail.getReceivedMessages().length == 1);
        assertThat(smsc.received()).as("the SMS went before the restart, and only then").hasSize(1);
    }

    /** The delivery as the stopped service left it in the store, read with the plain driver. */
    private Delivery storedAfterStop(String id) {
        try (MongoClient client = MongoClients.create(EmbeddedStore.uri())) {
            return Documents.fromDocument(client.getDatabase(database).getCollection("deliveries")
                    .find(Filters.eq("_id", id)).first(), Delivery.class);
        }
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

}
