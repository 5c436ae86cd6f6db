package vn.lienket.support.observability;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import vn.lienket.contracts.Topics;
import vn.lienket.support.deadletter.ParkedEvents;
import vn.lienket.support.outbox.OutboxRelay;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ObservabilityProperties.class)
class ObservabilityConfiguration {

    @Bean
    TraceContexts traceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        return t == null || p == null || t == Tracer.NOOP ? TraceContexts.NONE : new TraceContexts(t, p);
    }

    @Bean
    Sampling sampling(ObservabilityProperties properties) {
        return new Sampling(properties);
    }

    @Bean(destroyMethod = "close")
    ConsumerLag consumerLag(KafkaAdmin kafka, @Value("${spring.application.name}") String application,
                            MeterRegistry meters, Sampling sampling) {
        Map<String, Object> config = new HashMap<>(kafka.getConfigurationProperties());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, application + "-consumer-lag");
        // while the broker is away, retry with back-off rather than re-bootstrap in a tight loop (and log each time)
        config.put(AdminClientConfig.METADATA_RECOVERY_STRATEGY_CONFIG, "none");
        ConsumerLag lag = new ConsumerLag(Admin.create(config), application, meters);
        sampling.add("consumer lag", lag::sample);
        return lag;
    }

    /** {@code lienket.outbox.pending}: events written but not yet on the broker, across this service's aggregates. */
    @Bean
    Gauge outboxPending(OutboxRelay relay, MeterRegistry meters, Sampling sampling) {
        AtomicLong pending = new AtomicLong();
        sampling.add("outbox backlog", () -> pending.set(relay.pending()));
        return Gauge.builder("lienket.outbox.pending", pending, AtomicLong::get)
                .description("Events in outboxes waiting for the relay").baseUnit("events").register(meters);
    }

    /**
     * {@code lienket.events.parked{topic}}: records parked and not yet re-driven, read from the
     * service's {@code parked_events}, one series per topic from the start, so an alert on it has
     * something to read before the first. (Each parking is also counted, with its listener and
     * failure, as {@code lienket.events.dead-lettered}.)
     */
    @Bean
    SmartInitializingSingleton parkedRecords(ParkedEvents parked, MeterRegistry meters, Sampling sampling) {
        return () -> Topics.ALL.forEach(topic -> {
            AtomicLong count = new AtomicLong();
            sampling.add("parked records of " + topic, () -> count.set(parked.parkedOn(topic)));
            Gauge.builder("lienket.events.parked", count, AtomicLong::get).tag("topic", topic)
                    .description("Records parked on the dead-letter topic and not yet re-driven")
                    .baseUnit("events").register(meters);
        });
    }

    /**
     * Listener containers observe every record: the {@code traceparent} header of the record
     * becomes the parent of the listener's span, so the listener's log lines, and the events it
     * writes to the outbox, carry the trace of the publish that caused them. The containers of the
     * shared factory (and those province-service makes from it) copy the setting.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "management.tracing.enabled", matchIfMissing = true)
    static BeanPostProcessor observedListenerContainers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> factory) {
                    factory.getContainerProperties().setObservationEnabled(true);
                }
                return bean;
            }
        };
    }
}
