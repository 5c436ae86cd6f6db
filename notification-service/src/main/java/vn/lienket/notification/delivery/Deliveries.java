package vn.lienket.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import vn.lienket.support.observability.TraceContexts;
import vn.lienket.support.store.Documents;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * The delivery log; its {@code _id} (event, unit, channel) is what makes a delivery happen once.
 *
 * <p>The log keeps every delivery ever made, so a query over it grows with history. What is still
 * to be done (queued, retrying, being sent, or sent and waiting for its SMS receipt) is also kept
 * in {@code delivery_queue}, one small entry per delivery, with what the dispatcher and the
 * receipts ask by: status, {@code dueAt}, unit, channel, recipient, urgency. Each change of a
 * delivery writes its entry after it (removes it when the delivery is done with). The log stays the
 * truth: an entry is only a pointer, checked against the delivery it names before anything is done,
 * and mended when it disagrees; a change whose entry was not written (a crash between the two
 * writes) is found by {@link #requeueAll()}, which runs on start and now and then.
 * Each document also carries {@code createdAtMillis}, the log's sort key: the stored
 * {@code createdAt} is an ISO-8601 string, whose fraction of a second varies in length, so it does
 * not sort as time does.
 */
@Repository
class Deliveries {

    static final String ORDER = "createdAtMillis";
    static final String QUEUE = "delivery_queue";
    private static final int DIGEST_LIMIT = 50;
    /** Statuses the dispatcher works on. */
    private static final List<String> TO_SEND = List.of(DeliveryStatus.QUEUED.name(), DeliveryStatus.RETRYING.name(),
            DeliveryStatus.SENDING.name());

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> queue;
    private final TraceContexts traces;

    Deliveries(MongoDatabase database, TraceContexts traces) {
        this.collection = database.getCollection("deliveries");
        this.queue = database.getCollection(QUEUE);
        this.traces = traces;
    }

    /**
     * The indexes real MongoDB needs for the log's queries (the MongoDB stand-in of the local stack
     * serves only {@code _id} and unique indexes, and ignores the others). Idempotent.
     */
    void createIndexes() {
        collection.createIndex(Indexes.compoundIndex(Indexes.descending(ORDER), Indexes.descending("_id")),
                new IndexOptions().name("log_order"));
        collection.createIndex(Indexes.ascending("smscIds"), new IndexOptions().name("smsc_ids"));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("programmeId"), Indexes.descending(ORDER)),
                new IndexOptions().name("by_programme"));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("authorityId"), Indexes.descending(ORDER)),
                new IndexOptions().name("by_authority"));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("eventId"), Indexes.descending(ORDER)),
                new IndexOptions().name("by_event"));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.ascending("dueAt")),
                new IndexOptions().name("status_due"));
        queue.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.ascending("dueAt")),
                new IndexOptions().name("status_due"));
        queue.createIndex(Indexes.compoundIndex(Indexes.ascending("unitId"), Indexes.ascending("channel"),
                Indexes.ascending("recipient"), Indexes.ascending("dueAt")), new IndexOptions().name("digest"));
    }

    /**
     * Records a new delivery, in the trace of the event being handled unless it carries one (a
     * failover keeps its original's); false if this (event, unit, channel) was recorded before.
     */
    boolean add(Delivery delivery) {
        Delivery traced = delivery.traceparent() == null ? delivery.inTrace(traces.current()) : delivery;
        try {
            collection.insertOne(stored(traced));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        queued(traced);
        return true;
    }

    /** The delivery's entry in the queue as it now stands: written while there is work, removed after. */
    private void queued(Delivery delivery) {
        if (TO_SEND.contains(delivery.status().name())
                || (delivery.status() == DeliveryStatus.SENT && delivery.dueAt() != Long.MAX_VALUE)) {
            queue.replaceOne(Filters.eq("_id", delivery.id()), new Document("_id", delivery.id())
                    .append("status", delivery.status().name()).append("dueAt", delivery.dueAt())
                    .append("unitId", delivery.unitId()).append("channel", delivery.channel().name())
                    .append("recipient", delivery.recipient()).append("urgent", delivery.urgent()),
                    new ReplaceOptions().upsert(true));
        } else {
            queue.deleteOne(Filters.eq("_id", delivery.id()));
        }
    }

    /** Mends one delivery's queue entry from the log (after a change made without it, say). */
    void requeue(String id) {
        Optional<Delivery> delivery = find(id);
        if (delivery.isPresent()) {
            queued(delivery.get());
        } else {
            queue.deleteOne(Filters.eq("_id", id));
        }
    }

    /**
     * Puts every delivery the log says is still to be done in the queue: one pass over the log, on
     * start and now and then, for changes whose queue entry was not written. Returns how many
     * entries were missing.
     */
    int requeueAll() {
        Bson pending = Filters.or(Filters.in("status", TO_SEND),
                Filters.and(Filters.eq("status", DeliveryStatus.SENT.name()), Filters.lt("dueAt", Long.MAX_VALUE)));
        java.util.Set<Object> queued = new java.util.HashSet<>();
        queue.find().projection(Projections.include("_id")).forEach(d -> queued.add(d.get("_id")));
        int missing = 0;
        for (Delivery delivery : collection.find(pending).map(d -> Documents.fromDocument(d, Delivery.class))) {
            if (!queued.contains(delivery.id())) {
                queued(delivery);
                missing++;
            }
        }
        return missing;
    }

    /**
     * The deliveries the queue entries found name, each read from the log and kept only if the log
     * agrees it is still {@code wanted}; an entry that disagrees is mended.
     */
    private List<Delivery> resolve(Bson queueFilter, int limit, java.util.function.Predicate<Delivery> wanted) {
        List<Delivery> found = new ArrayList<>();
        for (Document entry : queue.find(queueFilter).sort(Sorts.ascending("dueAt")).limit(limit)) {
            String id = entry.getString("_id");
            Optional<Delivery> delivery = find(id);
            if (delivery.isEmpty()) {
                queue.deleteOne(Filters.eq("_id", id)); // the log is written first: nothing to do for it
            } else if (wanted.test(delivery.get())) {
                found.add(delivery.get());
            } else {
                queued(delivery.get()); // the entry was behind the log
            }
        }
        return found;
    }

    /** Deliveries whose time has come: queued, waiting for a retry, or claimed by a round that never finished. */
    List<Delivery> due(long now, int limit) {
        return resolve(Filters.and(Filters.in("status", TO_SEND), Filters.lte("dueAt", now)), limit,
                d -> TO_SEND.contains(d.status().name()) && d.dueAt() <= now);
    }

    /** SMS the SMSC accepted whose receipt should have come by now (a SENT delivery's {@code dueAt} is that time). */
    List<Delivery> receiptOverdue(long now, int limit) {
        return resolve(Filters.and(Filters.eq("status", DeliveryStatus.SENT.name()), Filters.lte("dueAt", now)), limit,
                d -> d.status() == DeliveryStatus.SENT && d.dueAt() <= now);
    }

    /**
     * Moves a delivery on, only if nobody else moved it since it was read. False means the change
     * was not made: a caller must not carry on as if it had been.
     */
    boolean replace(Delivery read, Delivery next) {
        boolean replaced = collection.replaceOne(Filters.and(Filters.eq("_id", read.id()),
                Filters.eq("status", read.status().name()), Filters.eq("attempts", read.attempts()),
                Filters.eq("dueAt", read.dueAt())), stored(next)).getMatchedCount() == 1;
        if (replaced) {
            queued(next);
        }
        return replaced;
    }

    /**
     * Other deliveries, due now, that can go in one digest with this one: the same unit, channel
     * and recipient, not urgent, waiting to be sent.
     */
    List<Delivery> digestable(Delivery with, long now) {
        List<String> waiting = List.of(DeliveryStatus.QUEUED.name(), DeliveryStatus.RETRYING.name());
        Bson filter = Filters.and(Filters.eq("unitId", with.unitId()), Filters.eq("channel", with.channel().name()),
                Filters.eq("recipient", with.recipient()), Filters.eq("urgent", false), Filters.in("status", waiting),
                Filters.lte("dueAt", now), Filters.ne("_id", with.id()));
        return resolve(filter, DIGEST_LIMIT, d -> waiting.contains(d.status().name()) && d.dueAt() <= now && !d.urgent()
                && d.unitId().equals(with.unitId()) && d.channel() == with.channel()
                && d.recipient().equals(with.recipient()) && !d.id().equals(with.id()));
    }

    /** The deliveries a receipt is about: those sent with this SMSC message id among theirs. */
    List<Delivery> withMessageId(String messageId) {
        return collection.find(Filters.eq("smscIds", messageId))
                .map(d -> Documents.fromDocument(d, Delivery.class)).into(new ArrayList<>());
    }

    boolean exists(String id) {
        return collection.find(Filters.eq("_id", id)).first() != null;
    }

    /**
     * A delivery that cannot be made: FAILED with the reason, or FAILED_OVER when the unit can be
     * reached by its other channel, whose delivery, (event, unit, other channel), is queued; if that
     * one exists already (recorded for the event itself), nothing is sent twice. The failover is
     * written first, its id being deterministic, and the original marked after: a crash between the
     * two leaves the original to be failed again, which then finds its failover there, rather than
     * a unit alerted on neither channel. Returns whether it failed over.
     *
     * @throws LostStateChange when the delivery moved on since it was read; it is not marked (its
     *     failover may have been queued)
     */
    boolean failForGood(Delivery delivery, String reason, Instant now) {
        Delivery failover = delivery.fallback() == null ? null : delivery.failover(now, reason);
        boolean failsOver = failover != null && (add(failover) || failedOverFrom(failover.id(), delivery));
        Delivery failed = delivery.next(failsOver ? DeliveryStatus.FAILED_OVER : DeliveryStatus.FAILED,
                delivery.attempts(), Long.MAX_VALUE, now,
                failsOver ? reason + "; sent by " + delivery.fallback().channel() + " instead" : reason);
        if (!replace(delivery, failed)) {
            throw new LostStateChange(delivery, failed.status());
        }
        return failsOver;
    }

    /** Whether the delivery {@code id} was queued as the failover of {@code original} (by an earlier try at failing it). */
    private boolean failedOverFrom(String id, Delivery original) {
        return find(id).map(d -> !d.timeline().isEmpty() && d.timeline().get(0).detail() != null
                && d.timeline().get(0).detail().startsWith("failed over from " + original.channel() + ":")).orElse(false);
    }

    /** How many deliveries are in each status, read in one pass over the log (for the operators' gauge). */
    Map<DeliveryStatus, Long> countByStatus() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0L);
        }
        collection.find().projection(Projections.include("status"))
                .forEach(d -> counts.merge(DeliveryStatus.valueOf(d.getString("status")), 1L, Long::sum));
        return counts;
    }

    Optional<Delivery> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first())
                .map(d -> Documents.fromDocument(d, Delivery.class));
    }

    /**
     * A page of the log, newest first. The cursor is the last item's (creation time, id), so a page
     * stays where it was while new deliveries arrive at the head.
     */
    Page<Delivery> page(Bson filter, PageRequest request) {
        Bson scoped = request.after().map(LogKey::parse).map(key -> Filters.and(filter, key.olderThan())).orElse(filter);
        List<Delivery> fetched = collection.find(scoped).sort(Sorts.descending(ORDER, "_id")).limit(request.limit() + 1)
                .map(d -> Documents.fromDocument(d, Delivery.class)).into(new ArrayList<>());
        return Page.of(fetched, request, d -> new LogKey(d.createdAt().toEpochMilli(), d.id()).toString());
    }

    private static Document stored(Delivery delivery) {
        return Documents.toDocument(delivery).append(ORDER, delivery.createdAt().toEpochMilli());
    }

    /** Where a page of the log ends: creation time, then id, both descending. */
    record LogKey(long createdAtMillis, String id) {

        static LogKey parse(String key) {
            int colon = key.indexOf(':');
            try {
                return new LogKey(Long.parseLong(key.substring(0, colon)), key.substring(colon + 1));
            } catch (RuntimeException e) {
                throw vn.lienket.support.web.ApiException.invalid(PageRequest.CURSOR,
                        "cursor is not one this service gave out; start again without it");
            }
        }

        Bson olderThan() {
            return Filters.or(Filters.lt(ORDER, createdAtMillis),
                    Filters.and(Filters.eq(ORDER, createdAtMillis), Filters.lt("_id", id)));
        }

        @Override
        public String toString() {
            return createdAtMillis + ":" + id;
        }
    }
}
