package vn.lienket.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.localstack.smsc.SmscSimulator;
import vn.lienket.notification.NotificationServiceApplication;
import vn.lienket.notification.directory.Channel;
import vn.lienket.support.testing.ServiceTestInfrastructure;
import vn.lienket.support.testing.TestPorts;

/**
 * Two instances of notification-service on one store, one SMTP server and one SMSC: each instance
 * records half the events' deliveries, both dispatchers run, and every delivery goes exactly once.
 */
@EmbeddedKafka(partitions = 2)
class TwoDispatchersIT {

    static final List<String> MEMBERS = List.of("an-giang", "bac-lieu", "ca-mau", "can-tho", "dong-thap", "hau-giang",
            "kien-giang", "soc-trang", "tien-giang", "tra-vinh", "vinh-long", "ben-tre");

    final int smtpPort = TestPorts.free();
    final int smscPort = TestPorts.free();
    final String database = "lienket-notification-two-" + UUID.randomUUID().toString().substring(0, 8);
    final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    SmscSimulator smsc;
    GreenMail mail;

    ConfigurableApplicationContext start() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(NotificationServiceApplication.class)
                .initializers(new ServiceTestInfrastructure())
                .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--lienket.store.database=" + database, "--lienket.seed.enabled=true",
                        "--spring.mail.port=" + smtpPort, "--lienket.sms.port=" + smscPort,
                        "--lienket.delivery.digest-window=0s", "--lienket.delivery.default-quiet-hours=none");
        instances.add(context);
        return context;
    }

    @Test
    void twoDispatchersOnOneStoreSendEveryDeliveryOnce() throws Exception {
        smsc = new SmscSimulator(smscPort, TestPorts.free());
        smsc.start();
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        ConfigurableApplicationContext a = start();
        ConfigurableApplicationContext b = start();

        List<String> ids = new ArrayList<>();
        Deliveries log = a.getBean(Deliveries.class);
        int events = 0;
        // a round at a time: a unit with two alerts due at once would get them as one digest
        for (int round = 0; round < 3; round++) {
            for (String member : MEMBERS) {
                DerivedPlanRevisionRequired event = new DerivedPlanRevisionRequired(UUID.randomUUID().toString(),
                        Instant.now(), member, "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024",
                        "350/KH-UBND", "Kế hoạch 350", 2 + round, 1 + round, LocalDate.of(2026, 12, 15), List.of(), List.of());
                // each instance records the deliveries of the events it consumed; both dispatchers see them all
                ConfigurableApplicationContext recording = events++ % 2 == 0 ? a : b;
                recording.getBean(DeliveryService.class).onEvent(event);
                for (Channel channel : Channel.values()) {
                    String id = Delivery.idOf(event.eventId(), member + ".so-du-lich", channel);
                    if (recording.getBean(Deliveries.class).exists(id)) {
                        ids.add(id);
                    }
                }
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> log.find(id)
                    .filter(d -> d.status() != DeliveryStatus.QUEUED && d.status() != DeliveryStatus.SENDING
                            && d.status() != DeliveryStatus.RETRYING).isPresent()));
        }
        assertThat(ids).as("deliveries recorded").hasSizeGreaterThan(MEMBERS.size());
        List<Delivery> done = ids.stream().map(id -> log.find(id).orElseThrow()).toList();
        assertThat(done).allSatisfy(d -> assertThat(d.status()).isIn(DeliveryStatus.SENT, DeliveryStatus.DELIVERED));
        assertThat(done).allSatisfy(d -> assertThat(d.attempts()).as(d.id()).isEqualTo(1));

        long emails = done.stream().filter(d -> d.channel() == Channel.EMAIL).count();
        long sms = done.stream().filter(d -> d.channel() == Channel.SMS).count();
        // what the servers received: one message per delivery, so none went twice
        assertThat(mail.getReceivedMessages()).as("one email per email delivery").hasSize((int) emails);
        assertThat(smsc.received()).as("one SMS per SMS delivery").hasSize((int) sms);
        assertThat(a.getBean(Deliveries.class).due(Long.MAX_VALUE - 1, 10)).as("nothing left in the queue").isEmpty();
    }

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        if (mail != null) {
            mail.stop();
        }
        if (smsc != null) {
            smsc.close();
        }
    }
}
