package vn.lienket.notification.delivery;

import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.lienket.notification.directory.QuietHours;
import vn.lienket.notification.directory.Unit;

/**
 * The retry schedule: exponential back-off from {@code firstRetry} up to {@code maxRetry}, with
 * jitter, for at most {@code maxAttempts}; {@code lease} is how long a claimed delivery is held
 * before another round may take it again (a crash while sending); {@code digestWindow} is how long
 * further non-urgent alerts for a unit wait to go as one digest (0 sends each at once);
 * {@code defaultQuietHours} are the quiet hours of a unit that set none of its own, as
 * {@code 22:00-07:00}, or {@code none} to send at any hour; {@code receiptWait} is how long an SMS the
 * SMSC accepted waits for its delivery receipt before it is RECEIPT_UNKNOWN; a receipt that finds no
 * delivery is looked for {@code receiptLookups} times, {@code receiptLookupDelay} apart, then parked.
 * The dispatcher is woken by each delivery added; {@code pollInterval} is only its safety net, and
 * where its back-off starts while the store is away (doubling up to {@code maxBackOff});
 * every {@code requeueInterval} it checks the queue of work against the log.
 */
@ConfigurationProperties("lienket.delivery")
public record DeliveryProperties(
        @DefaultValue("2s") Duration firstRetry,
        @DefaultValue("5m") Duration maxRetry,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("60s") Duration digestWindow,
        @DefaultValue("22:00-07:00") String defaultQuietHours,
        @DefaultValue("1h") Duration receiptWait,
        @DefaultValue("10") int receiptLookups,
        @DefaultValue("300ms") Duration receiptLookupDelay,
        @DefaultValue("30s") Duration maxBackOff,
        @DefaultValue("5m") Duration requeueInterval) {

    public DeliveryProperties {
        QuietHours.parse(defaultQuietHours);
    }

    /** The unit's own quiet hours, else the default ones; empty when neither holds SMS back. */
    Optional<QuietHours> quietHoursOf(Unit unit) {
        return Optional.ofNullable(unit.quietHours()).or(() -> Optional.ofNullable(QuietHours.parse(defaultQuietHours)));
    }
}
