package vn.lienket.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.lienket.notification.directory.Channel;

/**
 * Sends due deliveries. A delivery is claimed (SENDING, with a lease) by a conditional write before
 * it is handed to its channel, so two rounds never send it together; a transient failure schedules
 * the next attempt in the store with exponential back-off and jitter; after the last attempt, or a
 * permanent failure, it is FAILED with the reason.
 */
@Component
class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int BATCH = 50;

    private final Deliveries deliveries;
    private final Map<Channel, Transport> transports = new EnumMap<>(Channel.class);
    private final DeliveryProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Object signal = new Object();
    private volatile boolean woken;
    private volatile Thread worker;

    DeliveryDispatcher(Deliveries deliveries, List<Transport> transports, DeliveryProperties properties,
                       MeterRegistry meters, Clock clock) {
        this.deliveries = deliveries;
        transports.forEach(t -> this.transports.put(t.channel(), t));
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** One round over the due deliveries; returns how many were handed to a channel. */
    int dispatchDue() {
        int handled = 0;
        for (Delivery due : deliveries.due(clock.millis(), BATCH)) {
            Instant now = clock.instant();
            Delivery claimed = due.next(DeliveryStatus.SENDING, due.attempts() + 1,
                    now.plus(properties.lease()).toEpochMilli(), now, null);
            if (deliveries.replace(due, claimed)) {
                deliver(claimed);
                handled++;
            }
        }
        return handled;
    }

    private void deliver(Delivery delivery) {
        Transport transport = transports.get(delivery.channel());
        try {
            String detail = transport.send(delivery);
            deliveries.replace(delivery, delivery.next(DeliveryStatus.SENT, delivery.attempts(), Long.MAX_VALUE,
                    clock.instant(), detail));
            meters.counter("lienket.deliveries.sent", "channel", delivery.channel().name()).increment();
        } catch (DeliveryFailure failure) {
            Instant now = clock.instant();
            if (failure.permanent() || delivery.attempts() >= properties.maxAttempts()) {
                log.error("Delivery {} to {} failed for good after {} attempts: {}", delivery.id(),
                        delivery.recipient(), delivery.attempts(), failure.getMessage());
                failForGood(delivery, failure.getMessage(), now);
            } else {
                Duration wait = backOff(delivery.attempts());
                log.warn("Delivery {} to {} failed (attempt {}), retrying in {}: {}", delivery.id(),
                        delivery.recipient(), delivery.attempts(), wait, failure.getMessage());
                deliveries.replace(delivery, delivery.next(DeliveryStatus.RETRYING, delivery.attempts(),
                        now.plus(wait).toEpochMilli(), now, failure.getMessage()));
            }
        }
    }

    /**
     * FAILED with the reason, or FAILED_OVER when the unit can be reached by its other channel: the
     * fallback is queued as the (event, unit, other channel) delivery, so if that one exists already
     * nothing is sent twice.
     */
    private void failForGood(Delivery delivery, String reason, Instant now) {
        boolean failedOver = delivery.fallback() != null && deliveries.add(delivery.failover(now, reason));
        deliveries.replace(delivery, delivery.next(failedOver ? DeliveryStatus.FAILED_OVER : DeliveryStatus.FAILED,
                delivery.attempts(), Long.MAX_VALUE, now,
                failedOver ? reason + "; sent by " + delivery.fallback().channel() + " instead" : reason));
        meters.counter("lienket.deliveries.failed", "channel", delivery.channel().name()).increment();
        if (failedOver) {
            wake();
        }
    }

    private Duration backOff(int attempts) {
        long base = properties.firstRetry().toMillis() << Math.min(attempts - 1, 20);
        long capped = Math.min(base, properties.maxRetry().toMillis());
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (capped * jitter));
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "delivery-dispatcher");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                if (dispatchDue() == 0) {
                    synchronized (signal) {
                        if (!woken) {
                            signal.wait(properties.pollInterval().toMillis());
                        }
                        woken = false;
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Delivery round failed (store away?): {}", e.toString());
                try {
                    Thread.sleep(properties.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
