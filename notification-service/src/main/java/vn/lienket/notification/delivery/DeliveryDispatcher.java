package vn.lienket.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.lienket.notification.alert.AlertComposer;
import vn.lienket.notification.alert.Rendered;
import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.Unit;
import vn.lienket.notification.directory.UnitDirectory;
import vn.lienket.notification.directory.UnitKind;
import vn.lienket.support.observability.TraceContexts;

/**
 * Sends due deliveries. A delivery is claimed (SENDING, with a lease) by a conditional write before
 * it is handed to its channel, so two rounds never send it together; several due for one unit go
 * as one digest; a transient failure schedules the next attempt in the store with exponential
 * back-off and jitter; after the last attempt, or a permanent failure, it is FAILED with the
 * reason, or FAILED_OVER to the unit's other channel.
 */
@Component
class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int BATCH = 50;

    private final Deliveries deliveries;
    private final Map<Channel, Transport> transports = new EnumMap<>(Channel.class);
    private final DeliveryProperties properties;
    private final AlertComposer composer;
    private final UnitDirectory directory;
    private final MeterRegistry meters;
    private final Clock clock;
    private final TraceContexts traces;
    private final Object signal = new Object();
    private volatile boolean woken;
    private volatile Thread worker;

    DeliveryDispatcher(Deliveries deliveries, List<Transport> transports, DeliveryProperties properties,
                       AlertComposer composer, UnitDirectory directory, MeterRegistry meters, Clock clock,
                       TraceContexts traces) {
        this.traces = traces;
        this.deliveries = deliveries;
        this.composer = composer;
        this.directory = directory;
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

    /**
     * One round over the due deliveries; returns how many were handed to a channel. A due
     * non-urgent delivery takes the others due for the same unit, channel and recipient along, and
     * they go as one digest.
     */
    int dispatchDue() {
        int handled = 0;
        for (Delivery due : deliveries.due(clock.millis(), BATCH)) {
            Delivery claimed = claim(due);
            if (claimed == null) {
                continue;
            }
            List<Delivery> batch = new ArrayList<>(List.of(claimed));
            if (!claimed.urgent()) {
                deliveries.digestable(claimed, clock.millis()).stream().map(this::claim).filter(Objects::nonNull)
                        .forEach(batch::add);
            }
            deliver(batch);
            handled += batch.size();
        }
        return handled;
    }

    /** SENDING, with a lease, if nobody else claimed it since it was read; null otherwise. */
    private Delivery claim(Delivery due) {
        Instant now = clock.instant();
        Delivery claimed = due.next(DeliveryStatus.SENDING, due.attempts() + 1, now.plus(properties.lease()).toEpochMilli(),
                now, null);
        return deliveries.replace(due, claimed) ? claimed : null;
    }

    /** Sent in the trace of the (first) event it is for, so its log lines carry that event's trace id. */
    private void deliver(List<Delivery> batch) {
        Delivery first = batch.get(0);
        try (TraceContexts.Continued trace = traces.continueFrom(first.traceparent(), "delivery " + first.channel())) {
            send(batch);
        }
    }

    private void send(List<Delivery> batch) {
        Delivery first = batch.get(0);
        Transport transport = transports.get(first.channel());
        try {
            Transport.Accepted accepted;
            try {
                accepted = batch.size() == 1 ? transport.send(first)
                        : transport.send(digestOf(batch)).inDigestOf(batch.size());
            } catch (RuntimeException e) {
                // a fault of ours, not the server's: retried on the schedule, and visible, rather than left SENDING
                throw new DeliveryFailure("Unexpected: " + e, false, e);
            }
            Instant now = clock.instant();
            // an SMS with message ids waits for its receipt until then; anything else is done with
            long receiptDue = accepted.messageIds().isEmpty() ? Long.MAX_VALUE
                    : now.plus(properties.receiptWait()).toEpochMilli();
            for (Delivery delivery : batch) {
                recorded(delivery, delivery.sent(now, accepted, receiptDue));
            }
            log.info("Sent delivery {} to {}{}", first.id(), first.recipient(),
                    batch.size() > 1 ? " in a digest of " + batch.size() : "");
            meters.counter("lienket.deliveries.sent", "channel", first.channel().name()).increment(batch.size());
        } catch (DeliveryFailure failure) {
            batch.forEach(delivery -> failed(delivery, failure));
        }
    }

    /** The batch as one message, rendered from the digest template for the unit. */
    private Delivery digestOf(List<Delivery> batch) {
        Delivery first = batch.get(0);
        Unit unit = directory.find(first.unitId()).orElse(new Unit(first.unitId(), first.authorityId(), first.unitId(),
                UnitKind.OTHER, null, null, List.of(first.channel()), false, null));
        Rendered digest = composer.digest(unit, batch.stream()
                .map(d -> new Rendered(d.subject(), d.text(), d.html(), d.text())).toList());
        return first.channel() == Channel.SMS ? first.withContent(null, digest.sms(), null)
                : first.withContent(digest.subject(), digest.text(), digest.html());
    }

    private void failed(Delivery delivery, DeliveryFailure failure) {
        Instant now = clock.instant();
        if (failure.permanent() || delivery.attempts() >= properties.maxAttempts()) {
            log.error("Delivery {} to {} failed for good after {} attempts: {}", delivery.id(),
                    delivery.recipient(), delivery.attempts(), failure.getMessage());
            try {
                if (deliveries.failForGood(delivery, failure.getMessage(), now)) {
                    wake();
                }
                meters.counter("lienket.deliveries.failed", "channel", delivery.channel().name()).increment();
            } catch (LostStateChange lost) {
                lostStateChange(lost);
            }
        } else {
            Duration wait = backOff(delivery.attempts());
            log.warn("Delivery {} to {} failed (attempt {}), retrying in {}: {}", delivery.id(),
                    delivery.recipient(), delivery.attempts(), wait, failure.getMessage());
            recorded(delivery, delivery.next(DeliveryStatus.RETRYING, delivery.attempts(),
                    now.plus(wait).toEpochMilli(), now, failure.getMessage()));
        }
    }

    /**
     * Writes the outcome of an attempt on the claim it was made under. A write that matches nothing
     * means the claim was lost (the send outlasted the lease and another round claimed the delivery
     * again): the outcome is not recorded, and this is said loudly, since the alert may go twice.
     */
    private void recorded(Delivery claimed, Delivery outcome) {
        if (!deliveries.replace(claimed, outcome)) {
            lostStateChange(new LostStateChange(claimed, outcome.status()));
        }
    }

    private void lostStateChange(LostStateChange lost) {
        log.error("{}; its lease of {} may have run out while sending, so it may go twice", lost.getMessage(),
                properties.lease());
        meters.counter("lienket.deliveries.lost-state-changes", "by", "dispatcher").increment();
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
