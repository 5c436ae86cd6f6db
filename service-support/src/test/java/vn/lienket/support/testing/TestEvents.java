package vn.lienket.support.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.KafkaTemplate;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.outbox.OutboxEntry;

/** Puts events on Kafka exactly as a producing service's relay does, and reads what a service produced. */
public final class TestEvents {

    private TestEvents() {
    }

    public static void send(KafkaTemplate<String, String> kafka, String topic, IntegrationEvent event) {
        send(kafka, OutboxEntry.of(topic, event).toRecord("/test"));
    }

    public static void send(KafkaTemplate<String, String> kafka, ProducerRecord<String, String> record) {
        try {
            kafka.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record on the topic so far, read by a fresh consumer group from the beginning. */
    /** Every event of this type on the topic, parsed as consumers parse them. */
    public static <E extends IntegrationEvent> List<E> readAll(String bootstrap, String topic, Class<E> type) {
        return readAll(bootstrap, topic).stream().map(IncomingEvents::parse).flatMap(Optional::stream)
                .filter(type::isInstance).map(type::cast).toList();
    }

    public static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            int emptyPolls = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (emptyPolls < 2 && System.nanoTime() < deadline) {
                var batch = consumer.poll(Duration.ofMillis(700));
                if (batch.isEmpty() && !consumer.assignment().isEmpty()) {
                    emptyPolls++;
                }
                batch.forEach(records::add);
            }
        }
        return records;
    }
}
