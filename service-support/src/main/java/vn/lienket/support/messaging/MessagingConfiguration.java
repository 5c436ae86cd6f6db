package vn.lienket.support.messaging;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.CompositeRecordInterceptor;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import vn.lienket.contracts.Topics;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration {

    /** Every topic of the contract and its dead-letter topic; creating an existing topic is a no-op. */
    @Bean
    KafkaAdmin.NewTopics lienketTopics(MessagingProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .flatMap(topic -> java.util.stream.Stream.of(
                        topic(topic, properties.partitions(), properties),
                        topic(Topics.deadLetter(topic), 1, properties)))
                .toArray(NewTopic[]::new));
    }

    /**
     * Published master-plan versions and programme changes are the record a member that joins later
     * catches up from, so they are kept for ever; a programme event carries the whole programme,
     * so only the latest per programme need stay. Successions are the map every service and the
     * gateway rebuild from the start: kept for ever, one record per succession.
     */
    private static NewTopic topic(String name, int partitions, MessagingProperties properties) {
        TopicBuilder topic = TopicBuilder.name(name).partitions(partitions).replicas(properties.replicationFactor());
        if (name.equals(Topics.MASTER_PLANS) || name.equals(Topics.PROGRAMMES) || name.equals(Topics.AUTHORITIES)) {
            topic.config("retention.ms", "-1");
        }
        if (name.equals(Topics.PROGRAMMES) || name.equals(Topics.AUTHORITIES)) {
            topic.compact();
        }
        if (properties.minInsyncReplicas() > 0) {
            topic.config("min.insync.replicas", String.valueOf(properties.minInsyncReplicas()));
        }
        return topic.build();
    }

    @Bean
    ConsumerWaits consumerWaits(MeterRegistry meters, Clock clock, MessagingProperties properties) {
        return new ConsumerWaits(meters, clock, properties.transientMaxBackOff().multipliedBy(2).plusSeconds(60));
    }

    @Bean
    ConsumersHealthIndicator consumersHealthIndicator(ConsumerWaits waits) {
        return new ConsumersHealthIndicator(waits);
    }

    /** Resumes paused listener containers; its own threads, so it leaves the application's scheduling alone. */
    @Bean(destroyMethod = "destroy")
    ListenerPauses listenerPauses() {
        return new ListenerPauses();
    }

    static final class ListenerPauses {

        private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        private final ListenerContainerPauseService service;

        ListenerPauses() {
            scheduler.setThreadNamePrefix("listener-resume-");
            scheduler.setDaemon(true);
            scheduler.initialize();
            service = new ListenerContainerPauseService(null, scheduler);
        }

        void destroy() {
            scheduler.destroy();
        }
    }

    /**
     * What a failed record gets depends on whose fault the failure is ({@link Failures}):
     * <ul>
     * <li>transient (store, broker, mail server or SMSC away, a timeout): retried without limit with a
     * capped exponential back-off; the listener container is paused for each wait rather than its
     * thread put to sleep, so it keeps polling and stays in its consumer group however long the
     * outage. The record is handled when the dependency returns; nothing is parked.</li>
     * <li>permanent (unreadable, invalid): parked at once.</li>
     * <li>of no known kind: {@code maxRetries} retries, then parked.</li>
     * </ul>
     * Parking is done by the service's recoverer (the {@code <topic>.dlt} publish and the parked
     * record); when parking itself fails, the record stays on its partition and is tried again after
     * a wait that grows each time, instead of in a tight loop while the store or broker is away.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(ConsumerRecordRecoverer recoverer, MessagingProperties properties,
                                          ConsumerWaits waits, ListenerPauses pauses) {
        ExponentialBackOffWithMaxRetries unknown = new ExponentialBackOffWithMaxRetries(properties.maxRetries());
        unknown.setInitialInterval(properties.initialBackOff().toMillis());
        unknown.setMultiplier(2.0);
        unknown.setMaxInterval(properties.maxBackOff().toMillis());
        ExponentialBackOff transientFailure = new ExponentialBackOff(properties.initialBackOff().toMillis(), 2.0);
        transientFailure.setMaxInterval(properties.transientMaxBackOff().toMillis());
        BackOff permanent = new FixedBackOff(0, 0);

        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, unknown,
                new ContainerPausingBackOffHandler(pauses.service));
        handler.setBackOffFunction((ConsumerRecord<?, ?> record, Exception failure) -> {
            int failedRecoveries = waits.failedRecoveries(record);
            if (failedRecoveries > 0) {
                return new FixedBackOff(retryParkingAfter(failedRecoveries, properties).toMillis(), 1);
            }
            return switch (Failures.classify(failure).kind()) {
                case TRANSIENT -> transientFailure;
                case PERMANENT -> permanent;
                case UNKNOWN -> unknown;
            };
        });
        handler.setRetryListeners(waits);
        return handler;
    }

    private static Duration retryParkingAfter(int failedRecoveries, MessagingProperties properties) {
        Duration wait = properties.initialBackOff().multipliedBy(1L << Math.min(failedRecoveries, 16));
        return wait.compareTo(properties.transientMaxBackOff()) > 0 ? properties.transientMaxBackOff() : wait;
    }

    /**
     * Boot's listener container factory, configured as Boot configures it, with {@link ConsumerWaits}
     * added to whatever record interceptor Boot found: the container tells it of every record
     * handled, which is how a listener that was waiting is known to be going again.
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<?, ?> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            ObjectProvider<ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>>> customizer,
            ConsumerWaits waits) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        customizer.ifAvailable(factory::setContainerCustomizer);
        RecordInterceptor<Object, Object> found = factory.getRecordInterceptor();
        factory.setRecordInterceptor(found == null ? waits : new CompositeRecordInterceptor<>(found, waits));
        return factory;
    }
}
