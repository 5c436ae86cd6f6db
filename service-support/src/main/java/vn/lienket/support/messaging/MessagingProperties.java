package vn.lienket.support.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Topic layout and how a failed record is retried (see {@link Failures} for which failure is which).
 *
 * @param partitions        partitions of every topic (a dead-letter topic has one)
 * @param replicationFactor copies of every topic's partitions; 3 on a 3-broker cluster
 *                          ({@code LIENKET_MESSAGING_REPLICATIONFACTOR})
 * @param minInsyncReplicas the copies a write must reach before it is acknowledged (the producers send
 *                          with {@code acks=all}); 2 with a replication factor of 3, so one broker may be
 *                          away and no acknowledged event is lost. 0 leaves the broker's default
 *                          ({@code LIENKET_MESSAGING_MININSYNCREPLICAS})
 * @param maxRetries        retries of a record whose failure is of no known kind, before it is parked
 * @param initialBackOff    the first wait before a retry, of either kind
 * @param maxBackOff        the longest wait between retries of a failure of no known kind
 * @param transientMaxBackOff the longest wait between retries of a transient failure (a dependency
 *                          away), retried without limit: also the longest a listener stays paused
 *                          after the dependency returns
 * @param groupSuffix appended to every consumer group the service joins. Empty normally; a new
 *                    suffix makes new groups that read every topic again from offset zero, which the
 *                    services must survive without changing or sending anything (the reliability
 *                    suite's replay case uses it).
 */
@ConfigurationProperties("lienket.messaging")
public record MessagingProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("0") int minInsyncReplicas,
        @DefaultValue("4") int maxRetries,
        @DefaultValue("200ms") Duration initialBackOff,
        @DefaultValue("3s") Duration maxBackOff,
        @DefaultValue("15s") Duration transientMaxBackOff,
        @DefaultValue("") String groupSuffix) {
}
