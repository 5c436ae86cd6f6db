package vn.lienket.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import vn.lienket.support.observability.TraceContexts;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxConfiguration {

    @Bean
    OutboxRelay outboxRelay(KafkaTemplate<String, String> kafka, OutboxProperties properties, MeterRegistry meters,
                            TraceContexts traces) {
        return new OutboxRelay(kafka, properties, meters, traces::current);
    }
}
