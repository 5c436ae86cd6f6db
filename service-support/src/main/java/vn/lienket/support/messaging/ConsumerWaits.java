package vn.lienket.support.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.KafkaUtils;
import vn.lienket.contracts.CloudEventHeaders;

/**
 * Which listeners are retrying a record right now, and what they wait on. The error handler tells
 * it of each failed delivery and each record parked; the container tells it of each record handled,
 * which ends the wait. Health ({@code consumers}) and the {@code lienket.events.retrying} gauge read
 * it; {@code lienket.events.transient-failures} counts what it is told.
 *
 * <p>A listener is known by its consumer group: that is what the error handler's thread knows, and
 * what tells one province's tenant from another's.
 */
public class ConsumerWaits implements RetryListener, RecordInterceptor<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ConsumerWaits.class);

    /** One partition of a listener held on one record. */
    public record Wait(String listener, String partition, long offset, String eventId, Failures.Kind failure,
                       String waitingOn, Instant since, Instant lastFailureAt, int attempts, String lastFailure) {
    }

    private final Map<String, Wait> waits = new ConcurrentHashMap<>();
    private final Map<String, Integer> failedRecoveries = new ConcurrentHashMap<>();
    private final Map<String, Boolean> gauges = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration staleAfter;

    /**
     * @param staleAfter a wait not refreshed by a failure for this long is over (its partition was
     *                   revoked, say): longer than the longest back-off plus an attempt
     */
    public ConsumerWaits(MeterRegistry meters, Clock clock, Duration staleAfter) {
        this.meters = meters;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception exception, int deliveryAttempt) {
        String listener = listener();
        watch(listener);
        Failures.Failure failure = Failures.classify(exception);
        Instant now = clock.instant();
        String waitingOn = failure.kind() == Failures.Kind.TRANSIENT ? failure.dependency()
                : failure.kind() == Failures.Kind.UNKNOWN ? "an unknown failure (parked after its retries)" : "parking";
        waits.compute(key(listener, record), (key, old) -> new Wait(listener, partition(record), record.offset(),
                IncomingEvents.header(record, CloudEventHeaders.ID), failure.kind(), waitingOn,
                old != null && old.offset() == record.offset() ? old.since() : now, now,
                old != null && old.offset() == record.offset() ? old.attempts() + 1 : 1, failure.summary()));
        if (failure.kind() == Failures.Kind.TRANSIENT) {
            meters.counter("lienket.events.transient-failures", "listener", listener, "topic", record.topic(),
                    "dependency", failure.dependency()).increment();
            int attempts = waits.get(key(listener, record)).attempts();
            if (attempts == 1 || attempts % 10 == 0) {
                log.warn("{} waits on {} for event {} at {} (attempt {}), retrying without limit: {}", listener,
                        failure.dependency(), IncomingEvents.header(record, CloudEventHeaders.ID),
                        IncomingEvents.position(record), attempts, failure.summary());
            }
        }
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception exception) {
        String key = key(listener(), record);
        waits.remove(key);
        failedRecoveries.remove(key + "@" + record.offset());
    }

    /** Parking itself failed (the store or broker away): the record is retried, and the next try waits. */
    @Override
    public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
        String listener = listener();
        failedRecoveries.merge(key(listener, record) + "@" + record.offset(), 1, Integer::sum);
        Failures.Failure cause = Failures.classify(failure);
        log.warn("{} could not park event {} from {} yet; it stays on the partition: {}", listener,
                IncomingEvents.header(record, CloudEventHeaders.ID), IncomingEvents.position(record), cause.summary());
        waits.computeIfPresent(key(listener, record), (key, old) -> new Wait(listener, old.partition(), old.offset(),
                old.eventId(), old.failure(), "parking (" + (cause.dependency() == null ? "failed" : cause.dependency())
                + ")", old.since(), clock.instant(), old.attempts(), cause.summary()));
    }

    /** How often parking this record has failed on this listener: the error handler waits longer each time. */
    public int failedRecoveries(ConsumerRecord<?, ?> record) {
        return failedRecoveries.getOrDefault(key(listener(), record) + "@" + record.offset(), 0);
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        String listener = listener();
        watch(listener);
        if (!waits.isEmpty() && waits.remove(key(listener, record)) != null) {
            log.info("{} is going again: event {} at {} handled", listener,
                    IncomingEvents.header(record, CloudEventHeaders.ID), IncomingEvents.position(record));
        }
    }

    /** The waits now, oldest first. */
    public List<Wait> current() {
        Instant freshSince = clock.instant().minus(staleAfter);
        waits.values().removeIf(w -> w.lastFailureAt().isBefore(freshSince));
        return waits.values().stream().sorted(Comparator.comparing(Wait::since)).toList();
    }

    int retrying(String listener) {
        return (int) current().stream().filter(w -> w.listener().equals(listener)).count();
    }

    private void watch(String listener) {
        if (gauges.putIfAbsent(listener, Boolean.TRUE) == null) {
            Gauge.builder("lienket.events.retrying", this, w -> w.retrying(listener)).tag("listener", listener)
                    .description("Partitions of this listener held on a record that is being retried").register(meters);
        }
    }

    private static String listener() {
        String group = KafkaUtils.getConsumerGroupId();
        return group == null ? "unknown" : group;
    }

    private static String key(String listener, ConsumerRecord<?, ?> record) {
        return listener + "|" + partition(record);
    }

    private static String partition(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition();
    }
}
