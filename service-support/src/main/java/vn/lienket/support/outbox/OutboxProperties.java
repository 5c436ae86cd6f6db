package vn.lienket.support.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the relay runs. It is woken by every write that adds an event, for the aggregate written;
 * {@code pollInterval} only bounds how long an entry waits after a failed send, and is where the
 * back-off while the store or broker is away starts (doubling up to {@code maxBackOff}).
 * Every {@code sweepInterval} it also looks through every watched collection: the safety net for
 * entries it was not woken for (written before a restart, left by a relay that died mid-send, or
 * by a caller that woke it without saying where). An aggregate's outbox is sent under a lease
 * held for {@code lease}, renewed with every entry sent: a second relay on the same store leaves
 * it alone while the lease holds, and takes it over once it has run out (the first one died).
 *
 * {@code sendTimeout} outlasts the producer's {@code delivery.timeout.ms} (25 s), so that the relay waits for the
 * producer's own verdict instead of giving up on a send the producer is still retrying.
 *
 * @param source the CloudEvents {@code ce_source} of this service's events
 */
@ConfigurationProperties("lienket.outbox")
public record OutboxProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("30s") Duration sendTimeout,
        String source,
        @DefaultValue("10s") Duration sweepInterval,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("30s") Duration maxBackOff) {

    public OutboxProperties {
        if (lease != null && sendTimeout != null && lease.compareTo(sendTimeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("lienket.outbox.lease (" + lease
                    + ") must be at least twice the send timeout (" + sendTimeout + "): a send must end inside it");
        }
    }
}
