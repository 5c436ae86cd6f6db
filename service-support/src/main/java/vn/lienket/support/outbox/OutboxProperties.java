package vn.lienket.support.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the relay runs. It is woken by every write that adds an event; the poll interval only
 * bounds how long an entry waits after a failed send or a restart.
 *
 * @param source the CloudEvents {@code ce_source} of this service's events
 */
@ConfigurationProperties("lienket.outbox")
public record OutboxProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("10s") Duration sendTimeout,
        String source) {
}
