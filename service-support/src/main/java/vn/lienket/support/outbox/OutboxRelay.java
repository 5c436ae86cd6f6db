package vn.lienket.support.outbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends the events waiting in aggregates' documents, oldest first per aggregate, with the
 * idempotent {@code acks=all} producer, and removes each only after the broker has it. When the
 * broker is away, entries simply wait: publishing never fails because Kafka is down.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final MeterRegistry meters;
    private final Supplier<String> currentTrace;
    private final List<MongoCollection<Document>> collections = new CopyOnWriteArrayList<>();
    private final Object signal = new Object();
    private volatile boolean woken;
    private volatile Thread worker;
    private volatile boolean failing;

    public OutboxRelay(KafkaTemplate<String, String> kafka, OutboxProperties properties, MeterRegistry meters) {
        this(kafka, properties, meters, () -> null);
    }

    /** {@code currentTrace} gives the {@code traceparent} of the thread's trace when a write adds entries. */
    public OutboxRelay(KafkaTemplate<String, String> kafka, OutboxProperties properties, MeterRegistry meters,
                       Supplier<String> currentTrace) {
        this.kafka = kafka;
        this.properties = properties;
        this.meters = meters;
        this.currentTrace = currentTrace;
    }

    /** The trace a write made now belongs to, for its outbox entries; null outside a trace. */
    public String currentTraceparent() {
        return currentTrace.get();
    }

    /** Entries waiting in every watched collection: the backlog an operator sees. */
    public long pending() {
        long pending = 0;
        for (MongoCollection<Document> collection : collections) {
            for (Document aggregate : collection.find(Filters.exists(OutboxEntry.FIELD + ".0"))
                    .projection(Projections.include(OutboxEntry.FIELD + ".eventId"))) {
                pending += aggregate.getList(OutboxEntry.FIELD, Document.class).size();
            }
        }
        return pending;
    }

    /** Relays the outbox of every document in this collection. */
    public void watch(MongoCollection<Document> collection) {
        collections.add(collection);
        wake();
    }

    /** Called after a write that added events, so they go out now rather than at the next poll. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "outbox-relay");
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
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                relayAll();
                awaitSignal();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The store may be away too; the next round tries again.
                log.warn("Outbox relay round failed: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    /** One pass over every watched collection; public so a test or a shutdown hook can drain. */
    public void relayAll() {
        for (MongoCollection<Document> collection : collections) {
            relayFrom(collection);
        }
    }

    private void relayFrom(MongoCollection<Document> collection) {
        for (Document aggregate : collection.find(Filters.exists(OutboxEntry.FIELD + ".0"))
                .projection(Projections.include(OutboxEntry.FIELD))) {
            for (Document entry : aggregate.getList(OutboxEntry.FIELD, Document.class)) {
                if (!send(OutboxEntry.fromDocument(entry))) {
                    return; // keep this aggregate's order: nothing after a failed entry goes first
                }
                collection.updateOne(Filters.eq("_id", aggregate.get("_id")),
                        new Document("$pull", new Document(OutboxEntry.FIELD,
                                new Document("eventId", entry.getString("eventId")))));
            }
        }
    }

    private boolean send(OutboxEntry entry) {
        try {
            kafka.send(entry.toRecord(properties.source())).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            meters.counter("lienket.outbox.sent", "topic", entry.topic()).increment();
            if (failing) {
                log.info("Outbox relay is sending again");
                failing = false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            meters.counter("lienket.outbox.send-failures", "topic", entry.topic()).increment();
            if (!failing) {
                log.warn("Outbox relay cannot send event {} to {} yet; it stays in the outbox: {}",
                        entry.eventId(), entry.topic(), e.toString());
                failing = true;
            }
            return false;
        }
    }

    private void awaitSignal() throws InterruptedException {
        synchronized (signal) {
            if (!woken) {
                signal.wait(properties.pollInterval().toMillis());
            }
            woken = false;
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
