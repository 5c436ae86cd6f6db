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
 * Started and stopped with the application context. {@link #stop()} is graceful: a sleeping loop
 * is woken and ends; a round in progress is never interrupted (an interrupted send or outcome write
 * is what makes an event or an alert go twice), but is waited for, up to {@code stopWait}, and
 * no round starts after it. A long round should look at {@link #stopping()} between its items.
 */
public final class WorkLoop implements SmartLifecycle {

    /** One round of work; returns whether it did any (so another round follows at once). */
    @FunctionalInterface
    public interface Round {
        boolean run() throws Exception;
    }

    private static final Logger log = LoggerFactory.getLogger(WorkLoop.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final String name;
    private final Round round;
    private final Duration interval;
    private final Duration maxBackOff;
    private final Duration stopWait;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private boolean woken;
    private volatile Thread worker;
    private volatile boolean failing;
    private volatile boolean stopping;

    public WorkLoop(String name, Duration interval, Duration maxBackOff, Round round) {
        this(name, interval, maxBackOff, STOP_WAIT, round);
    }

    /**
     * {@code stopWait} bounds how long {@link #stop()} waits for a round in progress: make it outlast
     * one item of the round's work (a send and its outcome's write).
     */
    public WorkLoop(String name, Duration interval, Duration maxBackOff, Duration stopWait, Round round) {
        this.name = Objects.requireNonNull(name);
        this.stopWait = Objects.requireNonNull(stopWait);
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

    /**
     * Whether {@link #stop()} has been called: a round in progress should finish the item it is on
     * (its send and the write of its outcome) and return, leaving the rest for the next start.
     */
    public boolean stopping() {
        return stopping;
    }

    @Override
    public void start() {
        if (worker != null) {
            return;
        }
        stopping = false;
        Thread thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    /**
     * Ends the loop without interrupting a round: a sleeping loop is woken and ends at once; a round
     * in progress finishes (it is told by {@link #stopping()}), waited for up to {@code stopWait}.
     */
    @Override
    public void stop() {
        Thread thread = worker;
        stopping = true;
        worker = null;
        lock.lock();
        try {
            signal.signalAll(); // a sleeping loop sees worker changed and ends
        } finally {
            lock.unlock();
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(stopWait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                log.warn("{}: a round still running {} after stop; left to end by itself", name, stopWait);
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

    /** Sleeps up to {@code millis} (until woken, if {@code wakeable}); false when stopped or interrupted. */
    private boolean sleep(long millis, boolean wakeable) {
        lock.lock();
        try {
            long nanos = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(millis);
            while (nanos > 0 && !(wakeable && woken)) {
                if (worker != Thread.currentThread()) {
                    return false; // stopped: checked under the lock stop() signals with, so no signal is missed
                }
                nanos = signal.awaitNanos(nanos);
            }
            return worker == Thread.currentThread();
        } catch (InterruptedException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }
}
