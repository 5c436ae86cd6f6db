package vn.lienket.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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
import vn.lienket.support.work.WorkLoop;

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
    /**
     * How many recipients one round sends to at once. A send is mostly waiting on the mail server
     * or the SMSC (the SMPP session takes one submit at a time itself); one after the other, the 26
     * alerts of a fan-out waited for each other. A recipient's deliveries stay on one sender, so a
     * digest is made as before.
     */
    static final int PARALLEL_RECIPIENTS = 4;

    private final Deliveries deliveries;
    private final Map<Channel, Transport> transports = new EnumMap<>(Channel.class);
    private final DeliveryProperties properties;
    private final AlertComposer composer;
    private final UnitDirectory directory;
    private final MeterRegistry meters;
    private final Clock clock;
    private final TraceContexts traces;
    private final WorkLoop loop;
    /** Renews the claims of the send in progress; made in start(), shut down in stop(). */
    private volatile ScheduledExecutorService leases;
    /** The round's senders: daemon threads, idle between rounds; a round waits for all it gave them. */
    private final ExecutorService senders = Executors.newFixedThreadPool(PARALLEL_RECIPIENTS, new ThreadFactory() {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "delivery-sender-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });
    private volatile boolean prepared;
    private volatile long requeuedAt;

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
        // stop() waits for the send in progress and its outcome's write (up to the lease, which a send
        // must end inside anyway): an interrupted outcome write leaves it SENDING, to be sent again
        this.loop = new WorkLoop("delivery-dispatcher", properties.pollInterval(), properties.maxBackOff(),
                properties.lease(), this::round);
        this.leases = leaseRenewals();
    }

    private static ScheduledExecutorService leaseRenewals() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "delivery-leases");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A delivery was added or put back in the queue: the next round starts now. */
    void wake() {
        loop.wake();
    }

    /**
     * One turn of the loop: on the first, the log's indexes and the queue rebuilt from the log (both
     * retried while the store is away); every {@code requeue-interval} the queue checked against the
     * log again; then the due deliveries.
     */
    private boolean round() {
        if (!prepared) {
            deliveries.createIndexes();
            int missing = deliveries.requeueAll();
            if (missing > 0) {
                log.info("{} deliveries to do put back in the queue from the log", missing);
            }
            prepared = true;
            requeuedAt = clock.millis();
        } else if (clock.millis() - requeuedAt >= properties.requeueInterval().toMillis()) {
            requeuedAt = clock.millis();
            int missing = deliveries.requeueAll();
            if (missing > 0) {
                log.warn("{} deliveries to do were missing from the queue (a crash between two writes?); queued again",
                        missing);
            }
        }
        return dispatchDue() > 0;
    }

    /**
     * One round over the due deliveries; returns how many were handed to a channel. A due
     * non-urgent delivery takes the others due for the same unit, channel and recipient along, and
     * they go as one digest.
     */
    int dispatchDue() {
        // by recipient (unit, channel, address), in the order they fell due: one sender each
        Map<List<String>, List<Delivery>> byRecipient = new LinkedHashMap<>();
        for (Delivery due : deliveries.due(clock.millis(), BATCH)) {
            byRecipient.computeIfAbsent(List.of(due.unitId(), due.channel().name(), due.recipient()),
                    k -> new ArrayList<>()).add(due);
        }
        if (byRecipient.size() <= 1) {
            return byRecipient.values().stream().mapToInt(this::dispatch).sum();
        }
        List<Future<Integer>> sending = byRecipient.values().stream()
                .map(dues -> senders.submit(() -> dispatch(dues))).toList();
        int handled = 0;
        RuntimeException failed = null;
        for (Future<Integer> one : sending) {
            try {
                handled += one.get(); // every one waited for: a stop waits for the round's outcomes
            } catch (ExecutionException e) {
                if (failed == null) {
                    failed = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the round's deliveries were sent", e);
            }
        }
        if (failed != null) {
            throw failed; // the store is away: the loop backs off; what was not sent stays due
        }
        return handled;
    }

    /** One recipient's due deliveries, one after the other; a non-urgent one takes its digest along. */
    private int dispatch(List<Delivery> dues) {
        int handled = 0;
        for (Delivery due : dues) {
            if (loop.stopping()) {
                break; // the rest stay due, for the next start or another dispatcher
            }
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

    /**
     * Sent in the trace of the (first) event it is for, so its log lines carry that event's trace id.
     * While the send lasts, the claims are renewed every third of the lease, so a slow send (an SMTP
     * server taking its time) does not lose them to another dispatcher; if a renewal finds a claim
     * gone, that is said (the outcome write will not match either).
     */
    private void deliver(List<Delivery> batch) {
        List<AtomicReference<Delivery>> claims = batch.stream().map(AtomicReference::new).toList();
        AtomicBoolean sent = new AtomicBoolean();
        long every = Math.max(1, properties.lease().toMillis() / 3);
        ScheduledFuture<?> renewal = leases.scheduleWithFixedDelay(() -> renew(claims, sent), every, every,
                TimeUnit.MILLISECONDS);
        Delivery first = batch.get(0);
        try (TraceContexts.Continued trace = traces.continueFrom(first.traceparent(), "delivery " + first.channel())) {
            send(batch, claims, sent);
        } finally {
            renewal.cancel(false);
        }
    }

    /** Moves each claim's lease on; runs on the lease thread, never at the same time as the outcome's write. */
    private void renew(List<AtomicReference<Delivery>> claims, AtomicBoolean sent) {
        synchronized (claims) {
            if (sent.get()) {
                return; // the outcome is being written on these claims
            }
            for (AtomicReference<Delivery> claim : claims) {
                Delivery held = claim.get();
                if (held == null) {
                    continue;
                }
                try {
                    Delivery renewed = held.leasedUntil(clock.instant().plus(properties.lease()).toEpochMilli());
                    if (deliveries.replace(held, renewed)) {
                        claim.set(renewed);
                    } else {
                        claim.set(null);
                        log.error("Delivery {}: its claim was taken while it was being sent; it may go twice", held.id());
                        meters.counter("lienket.deliveries.lost-state-changes", "by", "lease").increment();
                    }
                } catch (RuntimeException e) {
                    log.warn("Delivery {}: lease not renewed (store away?): {}", held.id(), e.toString());
                }
            }
        }
    }

    private void send(List<Delivery> batch, List<AtomicReference<Delivery>> claims, AtomicBoolean renewal) {
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
            for (Delivery delivery : current(claims, renewal, batch)) {
                recorded(delivery, delivery.sent(now, accepted, receiptDue));
            }
            log.info("Sent delivery {} to {}{}", first.id(), first.recipient(),
                    batch.size() > 1 ? " in a digest of " + batch.size() : "");
            meters.counter("lienket.deliveries.sent", "channel", first.channel().name()).increment(batch.size());
        } catch (DeliveryFailure failure) {
            current(claims, renewal, batch).forEach(delivery -> failed(delivery, failure));
        }
    }

    /**
     * The claims as they stand after the send, renewals stopped: the delivery as last written by
     * this dispatcher (a claim lost meanwhile stands as it was claimed, and its outcome's write will
     * not match, which is reported).
     */
    private List<Delivery> current(List<AtomicReference<Delivery>> claims, AtomicBoolean sent, List<Delivery> batch) {
        synchronized (claims) {
            sent.set(true);
            List<Delivery> now = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                Delivery held = claims.get(i).get();
                now.add(held == null ? batch.get(i) : held);
            }
            return now;
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
        if (leases.isShutdown()) {
            leases = leaseRenewals(); // started again after a stop
        }
        loop.start();
    }

    /** The round in progress finishes (its outcome written), then the lease renewals end with it. */
    @Override
    public void stop() {
        loop.stop();
        leases.shutdown(); // the renewals of a round still running past the wait end here: its lease runs out
        try {
            leases.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the lease renewals' thread has ended (after stop). */
    boolean renewalsEnded() {
        return leases.isTerminated();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
