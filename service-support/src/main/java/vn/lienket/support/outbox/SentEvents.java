package vn.lienket.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import vn.lienket.contracts.CloudEventHeaders;

/**
 * Whether an outbox entry is already on its topic. Asked only of an entry that may have gone without
 * being removed: the first of an outbox taken over from a relay whose lease ran out (it died between
 * the broker's acknowledgement and the removal), or one whose send failed in a way that leaves the
 * broker's copy unknown (the acknowledgement lost, the producer's delivery timeout spent). The
 * answer is read from the topic itself: the records written since the event occurred, looking for
 * its {@code ce_id}. That bounded read is what keeps an entry from going twice.
 *
 * <p>One consumer, with no group (it commits nothing), made on first use with the producer's own
 * connection settings; used by the relay's thread only, and guarded for a caller that drains.
 */
final class SentEvents implements AutoCloseable {

    /** How far before the event's time a copy may have been written: clocks of two hosts disagree. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final Map<String, Object> connection;
    private final String clientId;
    private Consumer<byte[], byte[]> consumer;

    SentEvents(Map<String, Object> producerConfiguration, String clientId) {
        this.connection = connectionSettings(producerConfiguration);
        this.clientId = clientId;
    }

    /** The bootstrap servers and the security settings, which the consumer needs as the producer does. */
    static Map<String, Object> connectionSettings(Map<String, Object> producer) {
        return producer.entrySet().stream()
                .filter(e -> e.getKey().equals(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)
                        || e.getKey().equals(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG)
                        || e.getKey().equals(CommonClientConfigs.CLIENT_DNS_LOOKUP_CONFIG)
                        || e.getKey().startsWith("ssl.") || e.getKey().startsWith("sasl."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * True when a record with the entry's event id is on its topic; false when it is not. Throws when
     * the broker cannot say within {@code timeout} (the entry then waits, still in doubt).
     */
    synchronized boolean onTopic(OutboxEntry entry, Duration timeout) {
        Consumer<byte[], byte[]> c = consumer();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            List<TopicPartition> partitions = c.partitionsFor(entry.topic(), timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            long since = entry.time().minus(CLOCK_SKEW).toEpochMilli();
            Map<TopicPartition, OffsetAndTimestamp> starts = c.offsetsForTimes(
                    partitions.stream().collect(Collectors.toMap(p -> p, p -> since)), timeout);
            Map<TopicPartition, Long> ends = new HashMap<>(c.endOffsets(partitions, timeout));
            for (TopicPartition p : partitions) {
                OffsetAndTimestamp start = starts.get(p);
                if (start == null || start.offset() >= ends.get(p)) {
                    ends.remove(p); // nothing written there since the event occurred
                }
            }
            c.assign(ends.keySet());
            for (TopicPartition p : ends.keySet()) {
                c.seek(p, starts.get(p).offset());
            }
            byte[] id = entry.eventId().getBytes(StandardCharsets.UTF_8);
            while (!ends.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading " + entry.topic() + " for event " + entry.eventId()
                            + " took longer than " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> record : c.poll(Duration.ofMillis(200))) {
                    Header header = record.headers().lastHeader(CloudEventHeaders.ID);
                    if (header != null && Arrays.equals(header.value(), id)) {
                        return true;
                    }
                }
                for (TopicPartition p : List.copyOf(ends.keySet())) {
                    if (c.position(p, timeout) >= ends.get(p)) {
                        ends.remove(p);
                        c.pause(List.of(p));
                    }
                }
            }
            return false;
        } catch (RuntimeException e) {
            close(); // a fresh consumer next time, with no state of a read that failed half-way
            throw e;
        } finally {
            if (consumer != null) {
                consumer.unsubscribe();
            }
        }
    }

    private Consumer<byte[], byte[]> consumer() {
        if (consumer == null) {
            Map<String, Object> config = new HashMap<>(connection);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            consumer = new KafkaConsumer<>(config);
        }
        return consumer;
    }

    @Override
    public synchronized void close() {
        if (consumer != null) {
            try {
                consumer.close(Duration.ofSeconds(1));
            } catch (RuntimeException ignored) {
                // closing a consumer whose broker is away: nothing to keep
            }
            consumer = null;
        }
    }
}
