package vn.lienket.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.testing.TestEvents;

/** The relay against a real Apache Kafka image; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class OutboxRelayKafkaContainerIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    @Test
    void pendingEventsReachTheBrokerWithTheirCloudEventsHeaders() {
        String topic = "outbox-container-" + UUID.randomUUID();
        KafkaTemplate<String, String> kafka = OutboxRelayIT.producer(KAFKA.getBootstrapServers());
        OutboxRelay relay = OutboxRelayIT.relay(kafka);
        MongoCollection<Document> collection = OutboxRelayIT.collection();
        OutboxRelayIT.writePlanWithEvent(collection, topic, relay, "e-container");

        relay.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> collection.find(Filters.exists("outbox.0")).first() == null);
            assertThat(TestEvents.readAll(KAFKA.getBootstrapServers(), topic)).singleElement()
                    .satisfies(r -> assertThat(IncomingEvents.header(r, CloudEventHeaders.ID)).isEqualTo("e-container"));
        } finally {
            relay.stop();
            kafka.destroy();
        }
    }
}
