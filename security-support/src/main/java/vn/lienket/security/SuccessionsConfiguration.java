package vn.lienket.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The succession map in every service and in the gateway: {@link SuccessionMap}, the
 * {@link vn.lienket.access.Archives} their access checks read, filled by a {@link SuccessionsReader}
 * from {@code lienket.authorities.v1}.
 *
 * <p>{@code lienket.successions.bootstrap-servers} names the brokers; a service that does not set
 * it reads from its own {@code spring.kafka.bootstrap-servers}; the gateway sets it from
 * {@code KAFKA_BOOTSTRAP}. Blank: no reader, an empty map (no authority is archived).
 */
@Configuration(proxyBeanMethods = false)
public class SuccessionsConfiguration {

    @Bean
    SuccessionMap successionMap(ObjectProvider<Clock> clock) {
        return new SuccessionMap(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean(destroyMethod = "close")
    SuccessionsReader successionsReader(SuccessionMap successions,
            @Value("${lienket.successions.bootstrap-servers:${spring.kafka.bootstrap-servers:}}") String bootstrapServers,
            @Value("${spring.application.name:lienket}") String application) {
        return new SuccessionsReader(bootstrapServers, application + "-successions", successions).start();
    }

    /** Always UP: a map that cannot be read keeps what it has, and the service serves meanwhile. */
    @Bean
    HealthIndicator successionsHealth(SuccessionsReader reader) {
        return () -> (reader.caughtUp() ? Health.up() : Health.down()).withDetails(reader.state()).build();
    }
}
