package vn.lienket.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.EventJson;
import vn.lienket.contracts.Topics;

/**
 * Follows {@code lienket.authorities.v1} into a {@link SuccessionMap} map, on a daemon thread of its
 * own: a plain consumer with no group (every instance reads the whole topic; nothing is committed),
 * every partition assigned and read from the beginning, then followed. The topic is compacted and
 * kept for ever, so the map is the whole register's after the first read. A broker that is away,
 * or a topic not created yet, is logged and tried again; until then the map holds what it read
 * (nothing, at first), and the service or gateway serves meanwhile. A record that does not parse is
 * logged and skipped: the map must not stop for it.
 */
public final class SuccessionsReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SuccessionsReader.class);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final Duration PARTITIONS_AGAIN = Duration.ofSeconds(60);

    private final String bootstrapServers;
    private final String clientId;
    private final SuccessionMap map;
    private final String topic;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;
    private volatile int partitions;
    private volatile String lastError;
    private volatile Instant lastRecordAt;
    /** Whether the map has read every partition to the end it had when the reader first saw it. */
    private volatile boolean caughtUp;
    private final Map<TopicPartition, Long> toReach = new ConcurrentHashMap<>();

    /**
     * @param bootstrapServers the brokers, or blank: then the reader never starts and the map stays empty
     */
    public SuccessionsReader(String bootstrapServers, String clientId, SuccessionMap map) {
        this(bootstrapServers, clientId, map, Topics.AUTHORITIES);
    }

    SuccessionsReader(String bootstrapServers, String clientId, SuccessionMap map, String topic) {
        this.bootstrapServers = bootstrapServers == null ? "" : bootstrapServers.trim();
        this.clientId = clientId;
        this.map = map;
        this.topic = topic;
    }

    public boolean configured() {
        return !bootstrapServers.isEmpty();
    }

    /**
     * Whether the map can be trusted: not configured (nothing is archived here), or read to the end
     * of the topic once. Until then a predecessor is not yet known as one, so health is DOWN and the
     * stack waits for it before it calls the service ready.
     */
    public boolean caughtUp() {
        return !configured() || caughtUp;
    }

    /** Starts following, unless no brokers are configured. */
    public synchronized SuccessionsReader start() {
        if (!configured()) {
            log.info("No brokers for the succession map (lienket.successions.bootstrap-servers): no authority is archived here");
            return this;
        }
        if (thread == null) {
            running = true;
            thread = new Thread(this::run, "successions");
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread reading = thread;
        if (reading != null) {
            try {
                reading.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> opened = new KafkaConsumer<>(properties())) {
                consumer = opened;
                follow(opened);
            } catch (WakeupException | InterruptException e) {
                if (!running) {
                    return;
                }
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                lastError = e.toString();
                log.warn("The succession map could not read {} from {} ({}); it keeps the {} succession(s) it has and tries again",
                        topic, bootstrapServers, e.toString(), map.size());
            } finally {
                consumer = null;
                partitions = 0;
            }
            pause();
        }
    }

    private void follow(KafkaConsumer<String, String> consumer) {
        Set<TopicPartition> assigned = new HashSet<>();
        long nextLook = 0;
        boolean saidMissing = false;
        while (running) {
            if (System.nanoTime() - nextLook >= 0) {
                Set<TopicPartition> all = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toSet());
                if (!all.equals(assigned)) {
                    Set<TopicPartition> fresh = new HashSet<>(all);
                    fresh.removeAll(assigned);
                    consumer.assign(all);
                    consumer.seekToBeginning(fresh);
                    if (!caughtUp) {
                        toReach.putAll(consumer.endOffsets(fresh));
                    }
                    assigned = all;
                    partitions = all.size();
                    log.info("The succession map reads {} partition(s) of {} from the beginning", all.size(), topic);
                }
                lastError = null;
                if (assigned.isEmpty()) {
                    caughtUp = true; // no topic, no succession was ever recorded
                    if (!saidMissing) {
                        log.info("{} does not exist yet at {}; the succession map is empty until it does", topic, bootstrapServers);
                        saidMissing = true;
                    }
                    nextLook = System.nanoTime() + RETRY.toNanos();
                    pause();
                    continue;
                }
                nextLook = System.nanoTime() + PARTITIONS_AGAIN.toNanos();
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                apply(record);
            }
            if (!caughtUp && toReach.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                caughtUp = true;
                log.info("The succession map has read {} to its end: {} succession(s)", topic, map.size());
            }
        }
    }

    /** One record of the topic into the map: a succession, a tombstone, or something this reader skips. */
    void apply(ConsumerRecord<String, String> record) {
        read.incrementAndGet();
        lastRecordAt = Instant.now();
        if (record.value() == null) {
            if (record.key() != null) {
                map.forget(record.key());
            }
            return;
        }
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type != null && !AuthoritySucceeded.TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        try {
            AuthoritySucceeded succession = EventJson.read(record.value(), AuthoritySucceeded.class);
            if (succession.successionId() == null || succession.successor() == null || succession.effectiveOn() == null) {
                throw new IllegalArgumentException("no successionId, successor or effectiveOn");
            }
            map.record(succession);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            log.warn("Skipped a succession at {}-{}@{} that does not parse: {}", record.topic(), record.partition(),
                    record.offset(), e.toString());
        }
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a reader must not create the topic (it would not be compacted); plan-service's admin does
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        properties.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 10_000);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return properties;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** What health shows: where it reads, how many partitions, records read, the last failure. */
    public Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("source", configured() ? topic + " at " + bootstrapServers : "not configured");
        state.put("partitions", partitions);
        state.put("caughtUp", caughtUp());
        state.put("recordsRead", read.get());
        state.put("lastRecordAt", lastRecordAt == null ? "never" : lastRecordAt.toString());
        state.put("failures", failures.get());
        if (lastError != null) {
            state.put("lastError", lastError);
        }
        state.putAll(map.state());
        return state;
    }
}
