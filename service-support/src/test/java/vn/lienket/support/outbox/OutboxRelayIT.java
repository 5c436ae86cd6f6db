package vn.lienket.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.lienket.support.testing.LoopbackForwarder;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.store.AggregateStore;
import vn.lienket.support.testing.EmbeddedStore;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestPorts;

/** A state change made while the broker is away keeps its event in the document until the broker is back. */
class OutboxRelayIT {

    record Plan(String id, String title) {
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownAreSentOnceItReturns() throws Exception {
        int port = TestPorts.free();
        String topic = "outbox-it-" + UUID.randomUUID();
        KafkaTemplate<String, String> kafka = producer("127.0.0.1:" + port);
        OutboxRelay relay = relay(kafka);
        MongoCollection<Document> collection = collection();
        writePlanWithEvent(collection, topic, relay, "e-1");
        relay.relayAll();
        assertThat(collection.find(Filters.exists("outbox.0")).first()).as("kept while the broker is away").isNotNull();
        assertThat(collection.find().first().getString(OutboxRelay.IN_DOUBT)).as("a failed send leaves its entry in doubt")
                .isEqualTo("e-1");

        // The broker comes back at the address the producer was given. (The embedded KRaft broker's
        // port is always random, so the address is forwarded to it; clients learn the broker's own
        // address from the metadata, as with any bootstrap server.)
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1, topic);
        broker.afterPropertiesSet();
        LoopbackForwarder forwarder = new LoopbackForwarder(port, broker.getBrokersAsString());
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> collection.find(Filters.exists("outbox.0")).first() == null);
            assertThat(collection.find().first().containsKey(OutboxRelay.IN_DOUBT)).as("looked for, not found, sent")
                    .isFalse();
            var records = TestEvents.readAll(broker.getBrokersAsString(), topic);
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("kien-giang");
                assertThat(IncomingEvents.header(r, CloudEventHeaders.ID)).isEqualTo("e-1");
                assertThat(IncomingEvents.header(r, CloudEventHeaders.TYPE)).isEqualTo(DerivedPlanCreated.TYPE);
            });
        } finally {
            forwarder.close();
            relay.stop();
            kafka.destroy();
            broker.destroy();
        }
    }

    static KafkaTemplate<String, String> producer(String bootstrap) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
    }

    static OutboxRelay relay(KafkaTemplate<String, String> kafka) {
        return new OutboxRelay(kafka, new OutboxProperties(Duration.ofMillis(200), Duration.ofSeconds(2), "/test",
                        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(1)),
                new SimpleMeterRegistry());
    }

    static MongoCollection<Document> collection() {
        return MongoClients.create(EmbeddedStore.uri()).getDatabase("outbox-" + UUID.randomUUID()).getCollection("plans");
    }

    /** A state change with its event, stored in one write as the services make it. */
    static void writePlanWithEvent(MongoCollection<Document> collection, String topic, OutboxRelay relay, String eventId) {
        new AggregateStore<>(collection, Plan.class, Plan::id, topic, relay).insert(new Plan("350", "Kế hoạch 350"),
                List.of(new DerivedPlanCreated(eventId, Instant.now(), "kien-giang", "p", "ho-chi-minh-city", "350",
                        "350/KH-UBND", 1, "Kế hoạch 350", null)), new AuditEntry(Instant.now(), "test", "kien-giang", "plan.created", null));
    }
}
