package vn.lienket.support.observability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the gauges that cost a query (store counts, consumer offsets) on one schedule, every
 * {@code lienket.observability.sample-interval}, so a scrape only reads numbers already in memory
 * and scraping often never loads the store or the broker.
 */
public class Sampling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Sampling.class);

    private final ObservabilityProperties properties;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private volatile ScheduledExecutorService schedule;

    Sampling(ObservabilityProperties properties) {
        this.properties = properties;
    }

    /** Runs {@code sample} on the schedule; {@code what} names it in the log when it fails. */
    public void add(String what, Runnable sample) {
        samples.add(new Sample(what, sample));
    }

    void sampleAll() {
        for (Sample sample : samples) {
            try {
                sample.run.run();
                sample.failing = false;
            } catch (RuntimeException e) {
                // the broker or the store may be away; the gauge keeps its last value until it is back
                if (!sample.failing) {
                    log.warn("Cannot sample {} now: {}", sample.what, e.toString());
                    sample.failing = true;
                }
            }
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "metrics-sampling");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.sampleInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sampleAll, 0, every, TimeUnit.MILLISECONDS);
        schedule = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = schedule;
        schedule = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }

    private static final class Sample {
        private final String what;
        private final Runnable run;
        private volatile boolean failing;

        private Sample(String what, Runnable run) {
            this.what = what;
            this.run = run;
        }
    }
}
