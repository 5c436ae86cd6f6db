package vn.lienket.support.outbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import vn.lienket.support.work.WorkLoop;

/**
 * Sends the events waiting in aggregates' documents, oldest first per aggregate, with the
 * idempotent {@code acks=all} producer, and removes each only after the broker has it. When the
 * broker is away, entries simply wait: publishing never fails because Kafka is down.
 *
 * <p>A write that adds events wakes the relay for the aggregate it wrote
 * ({@link #wake(MongoCollection, Object)}), which is then read by its {@code _id}: no scan. Every
 * {@code sweep-interval} (and on start, and after {@link #wake()}, which does not say where) it
 * looks through every watched collection for outboxes it was not told about.
 *
 * <p>Several relays may watch the same store (two instances of a service). Each sends an
 * aggregate's outbox only under a lease on that aggregate ({@code outboxLease}: owner and expiry),
 * taken by a conditional write; the lease is renewed by the same write that removes each sent
 * entry, and given back when the outbox is empty. So two relays never send the same entry, and
 * the order within an aggregate holds. A relay killed mid-send keeps its lease until it runs out;
 * then another takes the aggregate over and sends what is left.
 *
 * <p>An entry may have reached the broker without being removed: the relay that sent it died
 * before the removal, or its send failed without saying whether the broker kept a copy (the
 * acknowledgement lost, the producer's delivery timeout spent). Such an entry is in doubt: the
 * first entry of an outbox taken over from another relay's lapsed lease, or the one named by
 * {@code outboxInDoubt}, which a failed send writes. Before it is sent again, its topic is read
 * for it ({@link SentEvents}); found there, it is only removed. So no entry goes twice, and
 * consumers still deduplicate by event id for what no relay can see (a broker that loses an
 * acknowledged write, a topic replayed).
 */
public class OutboxRelay implements SmartLifecycle {

    static final String LEASE = "outboxLease";
    /**
     * How many written aggregates one round relays at once. Each is a few store round trips and a
     * send, mostly waiting: one after the other, the 13 members' plans of a fan-out waited for each
     * other's; at once, they share the producer's batches and the store's connections. Four at once
     * still made the last of 13 wait for three turns of others; sixteen take a fan-out's plans in
     * one. Each aggregate's order holds (its lease, and the idempotent producer keeps a partition's
     * order).
     */
    static final int PARALLEL_AGGREGATES = 16;
    /** The event id of the entry whose last send failed without a verdict: checked on the topic before it goes again. */
    static final String IN_DOUBT = "outboxInDoubt";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final MeterRegistry meters;
    private final Supplier<String> currentTrace;
    private final String owner = UUID.randomUUID().toString();
    /** Watched collections by namespace; a caller may hold its own instance of the same collection. */
    private final Map<String, MongoCollection<Document>> collections = new ConcurrentHashMap<>();
    /** Aggregates written since the last round: (namespace, id). */
    private final Set<Written> written = ConcurrentHashMap.newKeySet();
    private final WorkLoop loop;
    private final SentEvents sentEvents;
    private final ExecutorService workers;
    private volatile boolean sweepRequested = true;
    private volatile long sweptAt;
    private volatile boolean failing;

    private record Written(String namespace, Object id) {
    }

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
        this.sentEvents = new SentEvents(kafka.getProducerFactory().getConfigurationProperties(),
                "outbox-check-" + owner.substring(0, 8));
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(PARALLEL_AGGREGATES, task -> {
            Thread thread = new Thread(task, "outbox-relay-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // stop() waits for the send in progress and its entry's removal: an interrupted send is sent again
        this.loop = new WorkLoop("outbox-relay", properties.pollInterval(), properties.maxBackOff(),
                properties.sendTimeout().plusSeconds(10), this::round);
    }

    /** The trace a write made now belongs to, for its outbox entries; null outside a trace. */
    public String currentTraceparent() {
        return currentTrace.get();
    }

    /** Entries waiting in every watched collection: the backlog an operator sees. */
    public long pending() {
        long pending = 0;
        for (MongoCollection<Document> collection : collections.values()) {
            for (Document aggregate : collection.find(Filters.exists(OutboxEntry.FIELD + ".0"))
                    .projection(Projections.include(OutboxEntry.FIELD + ".eventId"))) {
                pending += aggregate.getList(OutboxEntry.FIELD, Document.class).size();
            }
        }
        return pending;
    }

    /** Relays the outbox of every document in this collection. */
    public void watch(MongoCollection<Document> collection) {
        collections.putIfAbsent(namespace(collection), collection);
        wake();
    }

    /**
     * Called after a write that added events to the aggregate {@code id} of {@code collection}: that
     * outbox goes out now, read by its id, rather than at the next sweep.
     */
    public void wake(MongoCollection<Document> collection, Object id) {
        String namespace = namespace(collection);
        collections.putIfAbsent(namespace, collection);
        written.add(new Written(namespace, id));
        loop.wake();
    }

    /**
     * Called after a write that added events somewhere: the next round looks through every watched
     * collection. Prefer {@link #wake(MongoCollection, Object)}, which reads only what was written.
     */
    public void wake() {
        sweepRequested = true;
        loop.wake();
    }

    @Override
    public void start() {
        sweepRequested = true;
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
        workers.shutdown();
        sentEvents.close();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /**
     * One round: the aggregates written since the last, then, when due, every watched collection.
     * Package-private so a test can run one on its own thread, the loop not started.
     */
    boolean round() throws InterruptedException {
        int sent = 0;
        List<Written> later = new ArrayList<>();
        List<Written> batch = new ArrayList<>();
        for (Iterator<Written> it = written.iterator(); it.hasNext() && !loop.stopping(); ) {
            batch.add(it.next());
            it.remove();
        }
        List<Future<Relayed>> relaying = new ArrayList<>();
        for (Written aggregate : batch) {
            Callable<Relayed> one = () -> relay(collections.get(aggregate.namespace()), aggregate.id());
            relaying.add(batch.size() == 1 ? now(one) : workers.submit(one));
        }
        RuntimeException failed = null;
        for (int i = 0; i < batch.size(); i++) {
            try {
                Relayed relayed = await(relaying.get(i), batch); // every one waited for: a stop waits for the round
                sent += relayed.sent();
                if (relayed.left()) {
                    later.add(batch.get(i)); // a send failed, or another relay holds it: tried again after the interval
                }
            } catch (ExecutionException e) {
                later.add(batch.get(i)); // the store is away: tried again after the back-off
                if (failed == null) {
                    failed = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }
        written.addAll(later);
        if (failed != null) {
            throw failed;
        }
        long now = System.currentTimeMillis();
        if (loop.stopping()) {
            return false; // what is left waits for the next start (written, or found by its sweep)
        }
        if (sweepRequested || now - sweptAt >= properties.sweepInterval().toMillis()) {
            sweepRequested = false;
            sweptAt = now;
            try {
                sent += sweep(loop::stopping);
            } catch (RuntimeException e) {
                sweepRequested = true;
                throw e;
            }
        }
        return sent > 0 && later.isEmpty();
    }

    /** The outcome of one aggregate's relay; interrupted, the whole batch is left for the next round. */
    private Relayed await(Future<Relayed> relaying, List<Written> batch) throws InterruptedException, ExecutionException {
        try {
            return relaying.get();
        } catch (InterruptedException e) {
            written.addAll(batch);
            throw e;
        }
    }

    /** One aggregate relayed on this thread, its outcome as a future's. */
    private static Future<Relayed> now(Callable<Relayed> one) {
        try {
            return CompletableFuture.completedFuture(one.call());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** One pass over every watched collection; public so a test or a shutdown hook can drain. */
    public void relayAll() {
        sweep(() -> false);
    }

    /** Every watched collection's outboxes, until {@code stop} says so (between aggregates). */
    private int sweep(BooleanSupplier stop) {
        int sent = 0;
        for (MongoCollection<Document> collection : collections.values()) {
            List<Object> ids = new ArrayList<>();
            collection.find(Filters.exists(OutboxEntry.FIELD + ".0")).projection(Projections.include("_id"))
                    .forEach(d -> ids.add(d.get("_id")));
            for (Object id : ids) {
                if (stop.getAsBoolean()) {
                    return sent;
                }
                Relayed relayed = relay(collection, id);
                sent += relayed.sent();
                if (relayed.left()) {
                    // another relay holds it (it may be releasing it just as an entry came): tried again
                    // after the poll interval, not left for the next sweep
                    written.add(new Written(namespace(collection), id));
                }
            }
        }
        return sent;
    }

    /** What relaying one aggregate did: how many entries went, and whether some are left for later. */
    private record Relayed(int sent, boolean left) {
    }

    /**
     * Sends one aggregate's outbox under its lease, oldest first, until it is empty (entries added
     * meanwhile included). Stops at the first entry that cannot be sent, keeping the order, and
     * when the lease was lost.
     */
    private Relayed relay(MongoCollection<Document> collection, Object id) {
        int sent = 0;
        boolean held = false;
        try {
            while (true) {
                long now = System.currentTimeMillis();
                Document claimed = collection.findOneAndUpdate(Filters.and(Filters.eq("_id", id),
                                Filters.exists(OutboxEntry.FIELD + ".0"),
                                Filters.or(free(now), Filters.eq(LEASE + ".owner", owner))),
                        Updates.set(LEASE, lease(now)),
                        new FindOneAndUpdateOptions().projection(Projections.include(OutboxEntry.FIELD, LEASE, IN_DOUBT))
                                .returnDocument(ReturnDocument.BEFORE)); // the stand-in may answer AFTER with another writer's result
                if (claimed == null) {
                    // empty (sent), or another relay holds it: then it is looked at again shortly
                    boolean leasedElsewhere = collection.find(Filters.and(Filters.eq("_id", id),
                            Filters.exists(OutboxEntry.FIELD + ".0"))).projection(Projections.include("_id")).first() != null;
                    return new Relayed(sent, leasedElsewhere);
                }
                held = true;
                String inDoubt = inDoubt(claimed, collection, id);
                List<Document> entries = claimed.getList(OutboxEntry.FIELD, Document.class);
                for (int i = 0; i < entries.size(); i++) {
                    Document entry = entries.get(i);
                    OutboxEntry outgoing = OutboxEntry.fromDocument(entry);
                    if (!send(outgoing, outgoing.eventId().equals(inDoubt))) {
                        markInDoubt(collection, id, outgoing.eventId());
                        return new Relayed(sent, true); // keep the order: nothing after a failed entry goes first
                    }
                    inDoubt = null;
                    sent++;
                    // removes the entry and renews the lease in one write, or gives the lease back with the
                    // last entry claimed; nothing matches if the lease was lost
                    boolean last = i == entries.size() - 1;
                    if (collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(LEASE + ".owner", owner)),
                            Updates.combine(Updates.pull(OutboxEntry.FIELD, new Document("eventId", entry.getString("eventId"))),
                                    last ? Updates.unset(LEASE) : Updates.set(LEASE, lease(System.currentTimeMillis())),
                                    Updates.unset(IN_DOUBT))).getMatchedCount() == 0) {
                        held = false;
                        log.error("Outbox relay lost its lease on {} {} while sending event {} (a send outlasted {}): "
                                + "another relay took it over, and that event may go twice", namespace(collection), id,
                                entry.getString("eventId"), properties.lease());
                        meters.counter("lienket.outbox.lost-leases").increment();
                        return new Relayed(sent, false);
                    }
                }
                // all it claimed is sent and the lease given back: then one look for an entry added meanwhile
                // (whose relay found this one's lease and dropped it, counting on this one)
                held = false;
                if (collection.find(Filters.and(Filters.eq("_id", id), Filters.exists(OutboxEntry.FIELD + ".0")))
                        .projection(Projections.include("_id")).first() == null) {
                    return new Relayed(sent, false);
                }
            }
        } finally {
            if (held) {
                release(collection, id);
            }
        }
    }

    /**
     * The event id of the claimed outbox's entry that may already be on its topic, or null: the first
     * entry when the lease was taken over from another relay (it may have died after sending it), or
     * the entry a failed send named.
     */
    private String inDoubt(Document claimed, MongoCollection<Document> collection, Object id) {
        Document previous = claimed.get(LEASE, Document.class);
        if (previous != null && previous.getString("owner") != null && !owner.equals(previous.getString("owner"))) {
            List<Document> entries = claimed.getList(OutboxEntry.FIELD, Document.class);
            log.info("Outbox relay took over {} {} from relay {}, whose lease ran out; its first event {} is looked for"
                    + " on its topic before it is sent again", namespace(collection), id, previous.getString("owner"),
                    entries.get(0).getString("eventId"));
            meters.counter("lienket.outbox.taken-over").increment();
            return entries.get(0).getString("eventId");
        }
        return claimed.getString(IN_DOUBT);
    }

    /** After a failed send: the entry may be on its topic all the same, whichever relay sends it next. */
    private void markInDoubt(MongoCollection<Document> collection, Object id, String eventId) {
        try {
            collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(LEASE + ".owner", owner)),
                    Updates.set(IN_DOUBT, eventId));
        } catch (RuntimeException e) {
            // the store is away: the lease, not given back either, runs out, and the relay that takes it
            // over treats the first entry as in doubt all the same
            log.debug("Outbox entry {} not marked in doubt: {}", eventId, e.toString());
        }
    }

    private void release(MongoCollection<Document> collection, Object id) {
        try {
            collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(LEASE + ".owner", owner)),
                    Updates.unset(LEASE));
        } catch (RuntimeException e) {
            log.debug("Outbox lease on {} not given back (it runs out by itself): {}", id, e.toString());
        }
    }

    /** Not leased, or leased by a relay whose lease has run out. */
    private static Bson free(long now) {
        return Filters.or(Filters.exists(LEASE, false), Filters.eq(LEASE, null), Filters.lt(LEASE + ".until", now));
    }

    private Document lease(long now) {
        return new Document("owner", owner).append("until", now + properties.lease().toMillis());
    }

    private static String namespace(MongoCollection<Document> collection) {
        return collection.getNamespace().getFullName();
    }

    /**
     * Sends one entry, or, when it is in doubt and already on its topic, only says so; true when the
     * broker has it.
     */
    private boolean send(OutboxEntry entry, boolean inDoubt) {
        try {
            if (inDoubt && sentEvents.onTopic(entry, properties.sendTimeout())) {
                log.info("Outbox event {} was already on {} (sent by a relay that could not remove it): removed, not"
                        + " sent again", entry.eventId(), entry.topic());
                meters.counter("lienket.outbox.found-sent", "topic", entry.topic()).increment();
                return true;
            }
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
}
