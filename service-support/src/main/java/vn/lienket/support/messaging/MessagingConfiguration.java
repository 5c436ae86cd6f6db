package vn.lienket.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.Topics;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

    /** Every topic of the contract and its dead-letter topic; creating an existing topic is a no-op. */
    @Bean
    KafkaAdmin.NewTopics lienketTopics(MessagingProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .flatMap(topic -> java.util.stream.Stream.of(
                        topic(topic, properties.partitions(), properties),
                        topic(Topics.deadLetter(topic), 1, properties)))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, int partitions, MessagingProperties properties) {
        return TopicBuilder.name(name).partitions(partitions).replicas(properties.replicationFactor()).build();
    }

    /**
     * Bounded retry with exponential back-off, then the record goes to {@code <topic>.dlt} and the
     * partition moves on. The failure is logged with the event id and the record's position, and counted.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, MessagingProperties properties,
                                          MeterRegistry meters) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.maxRetries());
        backOff.setInitialInterval(properties.initialBackOff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(properties.maxBackOff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            log.error("Parking event {} from {} on {}: {}",
                    IncomingEvents.header(record, CloudEventHeaders.ID), IncomingEvents.position(record),
                    Topics.deadLetter(record.topic()), rootMessage(failure));
            meters.counter("lienket.events.dead-lettered", "topic", record.topic()).increment();
            deadLetters.accept(record, failure);
        }, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        return handler;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
