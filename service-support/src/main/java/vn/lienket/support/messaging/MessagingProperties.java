package vn.lienket.support.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Topic layout and the bounded retry before a record is parked on the dead-letter topic. */
@ConfigurationProperties("lienket.messaging")
public record MessagingProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("4") int maxRetries,
        @DefaultValue("200ms") Duration initialBackOff,
        @DefaultValue("3s") Duration maxBackOff) {
}
