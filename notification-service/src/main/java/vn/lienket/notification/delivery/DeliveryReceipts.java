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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivery receipts move a SENT delivery on: DELIVERED, or, when the SMSC says the phone cannot be
 * reached, failed for good (and over to email where the unit has one). A receipt can overtake the
 * write that records the message ids, so one that finds nothing is looked for again a few times.
 */
@Component
class DeliveryReceipts implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryReceipts.class);
    private static final int LOOKUPS = 10;
    private static final long LOOKUP_DELAY_MS = 300;

    private final Deliveries deliveries;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "delivery-receipts");
        thread.setDaemon(true);
        return thread;
    });

    DeliveryReceipts(Deliveries deliveries, MeterRegistry meters, Clock clock) {
        this.deliveries = deliveries;
        this.meters = meters;
        this.clock = clock;
    }

    @EventListener
    void on(Receipt receipt) {
        later.execute(() -> apply(receipt, 1));
    }

    private void apply(Receipt receipt, int lookup) {
        try {
            List<Delivery> sent = deliveries.withMessageId(receipt.messageId());
            if (sent.isEmpty()) {
                if (lookup < LOOKUPS) {
                    later.schedule(() -> apply(receipt, lookup + 1), LOOKUP_DELAY_MS, TimeUnit.MILLISECONDS);
                } else {
                    log.warn("Receipt {} for message {} matches no delivery", receipt.state(), receipt.messageId());
                }
                return;
            }
            Instant now = clock.instant();
            for (Delivery delivery : sent) {
                if (delivery.status() != DeliveryStatus.SENT) {
                    continue; // a receipt for another segment came first
                }
                String detail = "receipt " + receipt.state() + " for message " + receipt.messageId();
                if (receipt.delivered()) {
                    deliveries.replace(delivery, delivery.next(DeliveryStatus.DELIVERED, delivery.attempts(),
                            Long.MAX_VALUE, now, detail));
                    meters.counter("lienket.deliveries.delivered", "channel", delivery.channel().name()).increment();
                } else {
                    log.error("Delivery {} to {} did not reach the phone: {}", delivery.id(), delivery.recipient(), detail);
                    deliveries.failForGood(delivery, "SMSC " + detail, now);
                    meters.counter("lienket.deliveries.failed", "channel", delivery.channel().name()).increment();
                }
            }
        } catch (RuntimeException e) {
            log.warn("Receipt {} for {} not applied (store away?), trying again: {}", receipt.state(),
                    receipt.messageId(), e.toString());
            if (lookup < LOOKUPS) {
                later.schedule(() -> apply(receipt, lookup + 1), LOOKUP_DELAY_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public void destroy() {
        later.shutdownNow();
    }
}
