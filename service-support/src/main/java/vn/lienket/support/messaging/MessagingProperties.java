package vn.lienket.support.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Topic layout and the bounded retry before a record is parked on the dead-letter topic.
 *
 * @param groupSuffix appended to every consumer group the service joins. Empty normally; a new
 *                    suffix makes new groups that read every topic again from offset zero, which the
 *                    services must survive without changing or sending anything (the reliability
 *                    suite's replay case uses it).
 */
@ConfigurationProperties("lienket.messaging")
public record MessagingProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("4") int maxRetries,
        @DefaultValue("200ms") Duration initialBackOff,
        @DefaultValue("3s") Duration maxBackOff,
        @DefaultValue("") String groupSuffix) {
}
