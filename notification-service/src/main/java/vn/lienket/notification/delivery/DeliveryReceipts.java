package vn.lienket.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * Delivery receipts move a sent SMS on: DELIVERED, or, when the SMSC says the phone cannot be
 * reached, failed for good (and over to email where the unit has one). A receipt is stored as it
 * arrives and applied from the store by a sweep that also runs on start, so one that was waiting
 * when the service stopped is applied after it starts. A receipt can overtake the write that
 * records the message ids, so one that finds nothing is looked for again a few times, then parked
 * (listed at {@code /api/notifications/receipts/unmatched}). An SMS whose receipt has not come
 * within {@code receipt-wait} becomes RECEIPT_UNKNOWN, not FAILED: carriers' receipts are
 * unreliable, and a late one still settles it.
 */
@Component
class DeliveryReceipts implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryReceipts.class);
    private static final int BATCH = 100;
    private static final long OVERDUE_CHECK_MS = 5_000;
    /** A receipt that lost a race with another change of its delivery reads it again, this often, in one sweep. */
    private static final int TRIES = 3;

    private final Deliveries deliveries;
    private final PendingReceipts pending;
    private final DeliveryProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private volatile ScheduledExecutorService sweeper;
    private volatile long overdueCheckedAt;

    DeliveryReceipts(Deliveries deliveries, PendingReceipts pending, DeliveryProperties properties, MeterRegistry meters,
                     Clock clock) {
        this.deliveries = deliveries;
        this.pending = pending;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    @EventListener
    void on(Receipt receipt) {
        try {
            pending.record(receipt, clock.instant());
        } catch (RuntimeException e) {
            // the store is away: the SMSC will not send it again, so keep it here until the store is back
            log.warn("Receipt {} for message {} not stored (store away?), trying again: {}", receipt.state(),
                    receipt.messageId(), e.toString());
            ScheduledExecutorService running = sweeper;
            if (running != null) {
                running.schedule(() -> on(receipt), properties.receiptLookupDelay().toMillis(), TimeUnit.MILLISECONDS);
            }
            return;
        }
        ScheduledExecutorService running = sweeper;
        if (running != null) {
            running.execute(this::sweep);
        }
    }

    /** One pass: stored receipts that are due, then sent SMS whose receipt is overdue. */
    void sweep() {
        try {
            for (PendingReceipts.PendingReceipt receipt : pending.due(clock.millis(), BATCH)) {
                settle(receipt);
            }
            // the overdue check scans the log: every few seconds is soon enough for a wait of an hour
            long now = clock.millis();
            if (now - overdueCheckedAt >= Math.min(properties.receiptWait().toMillis(), OVERDUE_CHECK_MS)) {
                overdueCheckedAt = now;
                for (Delivery overdue : deliveries.receiptOverdue(now, BATCH)) {
                    giveUpWaiting(overdue);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Receipt sweep failed (store away?), trying again shortly: {}", e.toString());
        }
    }

    private void settle(PendingReceipts.PendingReceipt stored) {
        Receipt receipt = stored.receipt();
        List<Delivery> sent = deliveries.withMessageId(receipt.messageId());
        Instant now = clock.instant();
        if (sent.isEmpty()) {
            if (stored.lookups() + 1 < properties.receiptLookups()) {
                pending.lookAgain(stored, now.toEpochMilli() + properties.receiptLookupDelay().toMillis());
            } else {
                String reason = "no delivery was sent with message id " + receipt.messageId() + " after "
                        + properties.receiptLookups() + " look-ups";
                log.warn("Receipt {} parked: {}", stored.id(), reason);
                pending.park(stored, now, reason);
                meters.counter("lienket.receipts.parked").increment();
            }
            return;
        }
        try {
            sent.forEach(delivery -> apply(receipt, delivery));
            pending.applied(stored);
        } catch (LostStateChange e) {
            // kept in the store: the next sweep reads the delivery again and applies it then
            log.warn("Receipt {} not applied yet: {}", stored.id(), e.getMessage());
            meters.counter("lienket.deliveries.lost-state-changes", "by", "receipt").increment();
            pending.lookAgain(stored, now.toEpochMilli() + properties.receiptLookupDelay().toMillis());
        }
    }

    /** Applies a receipt to the delivery as it is now; a concurrent change makes it read the delivery again. */
    void apply(Receipt receipt, Delivery read) {
        Delivery current = read;
        for (int attempt = 1; ; attempt++) {
            if (!current.awaitsReceipt()) {
                return; // a receipt for another segment came first, or it was failed over meanwhile
            }
            if (settled(receipt, current)) {
                return;
            }
            if (attempt == TRIES) {
                throw new LostStateChange(current, receipt.delivered() ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED);
            }
            current = deliveries.find(current.id()).orElse(null);
            if (current == null) {
                return;
            }
        }
    }

    /** True when the receipt's state change was written; false when the delivery moved on since it was read. */
    private boolean settled(Receipt receipt, Delivery delivery) {
        Instant now = clock.instant();
        String detail = "receipt " + receipt.state() + " for message " + receipt.messageId();
        if (receipt.delivered()) {
            if (!deliveries.replace(delivery, delivery.next(DeliveryStatus.DELIVERED, delivery.attempts(), Long.MAX_VALUE,
                    now, detail))) {
                return false;
            }
            meters.counter("lienket.deliveries.delivered", "channel", delivery.channel().name()).increment();
            return true;
        }
        try {
            deliveries.failForGood(delivery, "SMSC " + detail, now);
        } catch (LostStateChange e) {
            return false;
        }
        log.error("Delivery {} to {} did not reach the phone: {}", delivery.id(), delivery.recipient(), detail);
        meters.counter("lienket.deliveries.failed", "channel", delivery.channel().name()).increment();
        return true;
    }

    private void giveUpWaiting(Delivery sent) {
        Instant now = clock.instant();
        boolean moved = deliveries.replace(sent, sent.next(DeliveryStatus.RECEIPT_UNKNOWN, sent.attempts(), Long.MAX_VALUE,
                now, "no receipt within " + properties.receiptWait() + " of the SMSC accepting it; a late one still counts"));
        if (moved) {
            log.warn("Delivery {} to {}: no receipt within {}", sent.id(), sent.recipient(), properties.receiptWait());
            meters.counter("lienket.deliveries.receipt-unknown", "channel", sent.channel().name()).increment();
        } // else a receipt settled it meanwhile: nothing to give up on
    }

    /** The receipts given up on, for those who run the platform: they name no programme, only an SMSC message id. */
    Page<PendingReceipts.PendingReceipt> parked(PageRequest request, Caller caller) {
        return pending.parked(request);
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "delivery-receipts");
            thread.setDaemon(true);
            return thread;
        });
        sweeper = executor;
        // the first sweep runs at once: receipts stored before a restart are applied on start
        executor.scheduleWithFixedDelay(this::sweep, 0, Math.min(properties.receiptLookupDelay().toMillis(), 1_000),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = sweeper;
        sweeper = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return sweeper != null;
    }
}
