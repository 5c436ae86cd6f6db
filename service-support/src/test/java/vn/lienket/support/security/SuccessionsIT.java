package vn.lienket.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.lienket.support.testing.LoopbackForwarder;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.Topics;
import vn.lienket.security.SuccessionMap;
import vn.lienket.security.SuccessionsReader;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestPorts;

/**
 * The succession map against a real broker: it reads {@code lienket.authorities.v1} from the
 * beginning with no consumer group (a reader started later has everything), follows what is
 * written after, waits for a topic not yet created and for a broker that is away, and forgets a
 * succession its tombstone withdraws.
 */
class SuccessionsIT {

    static final String BASIS = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh";
    static final LocalDate JULY_FIRST = LocalDate.of(2025, 7, 1);

    static AuthoritySucceeded succession(String successor, String name, LocalDate on, AuthorityRef... predecessors) {
        return new AuthoritySucceeded("e-" + successor + "-" + on, Instant.now(), "platform",
                AuthoritySucceeded.idOf(successor, on), new AuthorityRef(successor, null, name, "PROVINCE", null),
                List.of(predecessors), on, BASIS);
    }

    static AuthorityRef ref(String id, String name) {
        return new AuthorityRef(id, null, name, "PROVINCE", null);
    }

    static KafkaTemplate<String, String> producer(String bootstrap) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
    }

    @Test
    void theMapReadsTheTopicFromTheBeginningAndFollowsItWithoutAGroup() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        SuccessionMap first = new SuccessionMap(Clock.systemUTC());
        SuccessionMap later = new SuccessionMap(Clock.systemUTC());
        KafkaTemplate<String, String> kafka = producer(broker.getBrokersAsString());
        try (SuccessionsReader reader = new SuccessionsReader(broker.getBrokersAsString(), "first", first).start();
             SuccessionsReader second = new SuccessionsReader(broker.getBrokersAsString(), "later", later)) {
            assertThat(first.archived("kien-giang")).as("no topic yet").isEmpty();

            broker.addTopics(new NewTopic(Topics.AUTHORITIES, 3, (short) 1).configs(Map.of("cleanup.policy", "compact")));
            TestEvents.send(kafka, Topics.AUTHORITIES, succession("an-giang", "Tỉnh An Giang", JULY_FIRST,
                    ref("kien-giang", "Tỉnh Kiên Giang")));

            await().atMost(Duration.ofSeconds(60)).until(() -> first.archived("kien-giang").isPresent());
            assertThat(first.archived("kien-giang").orElseThrow().successor()).isEqualTo("an-giang");
            assertThat(first.readsArchiveOf("an-giang", "kien-giang")).isTrue();

            AuthoritySucceeded canTho = succession("can-tho", "Thành phố Cần Thơ", JULY_FIRST,
                    ref("hau-giang", "Tỉnh Hậu Giang"), ref("soc-trang", "Tỉnh Sóc Trăng"));
            TestEvents.send(kafka, Topics.AUTHORITIES, canTho);
            TestEvents.send(kafka, Topics.AUTHORITIES, succession("tay-ninh", "Tỉnh Tây Ninh", LocalDate.of(2099, 1, 1),
                    ref("long-an", "Tỉnh Long An")));
            await().atMost(Duration.ofSeconds(60)).until(() -> first.size() == 3);
            assertThat(first.archived("soc-trang").orElseThrow().successor()).isEqualTo("can-tho");
            assertThat(first.archived("long-an")).as("its day has not come").isEmpty();

            assertThat(second.caughtUp()).as("not started: not read").isFalse();
            second.start();
            await().atMost(Duration.ofSeconds(60)).until(second::caughtUp);
            assertThat(later.size()).as("caught up means every succession written before it started").isEqualTo(3);
            assertThat(later.archived("kien-giang")).isPresent();

            TestEvents.send(kafka, new ProducerRecord<>(Topics.AUTHORITIES, canTho.successionId(), null));
            await().atMost(Duration.ofSeconds(60)).until(() -> first.size() == 2 && later.size() == 2);
            assertThat(first.archived("hau-giang")).isEmpty();
            assertThat(reader.state()).containsEntry("partitions", 3).containsEntry("successions", 2);
        } finally {
            kafka.getProducerFactory().reset();
            broker.destroy();
        }
    }

    @Test
    void aBrokerAwayAtStartIsLoggedAndTriedAgainAndTheMapFillsOnceItIsThere() throws Exception {
        int port = TestPorts.free();
        SuccessionMap map = new SuccessionMap(Clock.systemUTC());
        try (SuccessionsReader reader = new SuccessionsReader("127.0.0.1:" + port, "away", map).start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> ((Long) reader.state().get("failures")) > 0);
            assertThat(reader.state()).containsKey("lastError");
            assertThat(map.size()).isZero();
            assertThat(reader.caughtUp()).as("an empty map it could not check is not trusted").isFalse();

            // The broker comes at the address the reader was given (forwarded: the KRaft broker's port is random).
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, Topics.AUTHORITIES);
            broker.afterPropertiesSet();
            KafkaTemplate<String, String> kafka = producer(broker.getBrokersAsString());
            try (LoopbackForwarder forwarder = new LoopbackForwarder(port, broker.getBrokersAsString())) {
                TestEvents.send(kafka, Topics.AUTHORITIES, succession("ca-mau", "Tỉnh Cà Mau", JULY_FIRST,
                        ref("bac-lieu", "Tỉnh Bạc Liêu")));
                await().atMost(Duration.ofSeconds(90)).until(() -> map.archived("bac-lieu").isPresent());
                assertThat(map.archived("bac-lieu").orElseThrow().successorName()).isEqualTo("Tỉnh Cà Mau");
            } finally {
                kafka.getProducerFactory().reset();
                broker.destroy();
            }
        }
    }
}
