package vn.lienket.support.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.Topics;
import vn.lienket.support.messaging.Failures;

/**
 * Parks a record the error handler gives up on: first in the service's store (what the operator API
 * lists and re-drives), then on {@code <topic>.dlt}; logged with the event id and position, and
 * counted. Either step failing throws, so the record stays on its partition and parking is tried
 * again: a record is never acknowledged unless it is parked in both.
 */
@Component
class DeadLetters implements ConsumerAwareRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final ParkedEvents parked;
    private final DeadLetterPublishingRecoverer deadLetterTopic;
    private final MeterRegistry meters;

    DeadLetters(ParkedEvents parked, KafkaTemplate<String, String> kafka, MeterRegistry meters) {
        this.parked = parked;
        this.deadLetterTopic = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        this.meters = meters;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        String listener = KafkaUtils.getConsumerGroupId() != null ? KafkaUtils.getConsumerGroupId()
                : consumer != null ? consumer.groupMetadata().groupId() : "unknown";
        Failures.Failure failure = Failures.classify(exception);
        ParkedEvent event = parked.park(record, listener, failure);
        deadLetterTopic.accept(record, consumer, exception);
        log.error("{} parked event {} ({}) from {} on {} as {}: {}", listener, event.eventId(), event.type(),
                event.topic() + "-" + event.partition() + "@" + event.offset(), Topics.deadLetter(record.topic()),
                event.id(), failure.summary());
        meters.counter("lienket.events.dead-lettered", "topic", record.topic(), "listener", listener,
                "failure", failure.kind().name()).increment();
    }
}
