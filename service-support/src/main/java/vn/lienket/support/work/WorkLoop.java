package vn.lienket.support.work;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The one polling thread of the platform: a loop that does rounds of work on a thread of its own.
 * It is woken by the write that adds work ({@link #wake()}); a round that found work is followed
 * at once by another; otherwise it sleeps until woken, or until {@code interval} has passed (the
 * safety net for work added by another instance, or left over after a crash). A round that fails
 * (the store or the broker away) is retried after a back-off that doubles from {@code interval}
 * up to {@code maxBackOff}, so an absent store is not hammered; the first good round resets it.
 * Started and stopped with the application context: {@link #stop()} interrupts the round and
 * waits for the thread to end.
 */
public final class WorkLoop implements SmartLifecycle {

    /** One round of work; returns whether it did any (so another round follows at once). */
    @FunctionalInterface
    public interface Round {
        boolean run() throws Exception;
    }

    private static final Logger log = LoggerFactory.getLogger(WorkLoop.class);
    private static final long STOP_WAIT_MS = 5_000;

    private final String name;
    private final Round round;
    private final Duration interval;
    private final Duration maxBackOff;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private boolean woken;
    private volatile Thread worker;
    private volatile boolean failing;

    public WorkLoop(String name, Duration interval, Duration maxBackOff, Round round) {
        this.name = Objects.requireNonNull(name);
        this.round = Objects.requireNonNull(round);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        this.interval = interval;
        this.maxBackOff = maxBackOff.compareTo(interval) < 0 ? interval : maxBackOff;
    }

    /** Work was added: the next round starts now (or right after the one running). Cheap; never blocks long. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the last round failed (the loop is backing off). */
    public boolean failing() {
        return failing;
    }

    @Override
    public void start() {
        if (worker != null) {
            return;
        }
        Thread thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
            try {
                thread.join(STOP_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private void loop() {
        long backOff = interval.toMillis();
        while (worker == Thread.currentThread()) {
            boolean more;
            try {
                clearWoken();
                more = round.run();
                if (failing) {
                    log.info("{}: working again", name);
                    failing = false;
                }
                backOff = interval.toMillis();
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (worker != Thread.currentThread()) {
                    return;
                }
                if (!failing) {
                    log.warn("{}: round failed (store or broker away?), backing off: {}", name, e.toString());
                    failing = true;
                } else {
                    log.debug("{}: round failed again: {}", name, e.toString());
                }
                if (!sleep(backOff, false)) {
                    return;
                }
                backOff = Math.min(backOff * 2, maxBackOff.toMillis());
                continue;
            }
            if (!more && !sleep(interval.toMillis(), true)) {
                return;
            }
        }
    }

    private void clearWoken() {
        lock.lock();
        try {
            woken = false;
        } finally {
            lock.unlock();
        }
    }

    /** Sleeps up to {@code millis} (until woken, if {@code wakeable}); false when interrupted. */
    private boolean sleep(long millis, boolean wakeable) {
        lock.lock();
        try {
            long nanos = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(millis);
            while (nanos > 0 && !(wakeable && woken)) {
                nanos = signal.awaitNanos(nanos);
            }
            return true;
        } catch (InterruptedException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }
}
