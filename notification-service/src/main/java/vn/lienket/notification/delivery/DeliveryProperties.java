package vn.lienket.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retry schedule: exponential back-off from {@code firstRetry} up to {@code maxRetry}, with
 * jitter, for at most {@code maxAttempts}; {@code lease} is how long a claimed delivery is held
 * before another round may take it again (a crash while sending); {@code digestWindow} is how long
 * further non-urgent alerts for a unit wait to go as one digest (0 sends each at once).
 */
@ConfigurationProperties("lienket.delivery")
public record DeliveryProperties(
        @DefaultValue("2s") Duration firstRetry,
        @DefaultValue("5m") Duration maxRetry,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("60s") Duration digestWindow) {
}
