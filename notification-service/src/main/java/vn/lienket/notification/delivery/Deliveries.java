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
import com.mongodb.client.model.Projections;
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
 * Each document also carries {@code createdAtMillis}, the log's sort key: the stored
 * {@code createdAt} is an ISO-8601 string, whose fraction of a second varies in length, so it does
 * not sort as time does.
 */
@Repository
class Deliveries {

    static final String ORDER = "createdAtMillis";
    private static final int DIGEST_LIMIT = 50;

    private final MongoCollection<Document> collection;
    private final TraceContexts traces;

    Deliveries(MongoDatabase database, TraceContexts traces) {
        this.collection = database.getCollection("deliveries");
        this.traces = traces;
    }

    /**
     * Records a new delivery, in the trace of the event being handled unless it carries one (a
     * failover keeps its original's); false if this (event, unit, channel) was recorded before.
     */
    boolean add(Delivery delivery) {
        Delivery traced = delivery.traceparent() == null ? delivery.inTrace(traces.current()) : delivery;
        try {
            collection.insertOne(stored(traced));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Deliveries whose time has come: queued, waiting for a retry, or claimed by a round that never finished. */
    List<Delivery> due(long now, int limit) {
        Bson filter = Filters.and(
                Filters.in("status", DeliveryStatus.QUEUED.name(), DeliveryStatus.RETRYING.name(), DeliveryStatus.SENDING.name()),
                Filters.lte("dueAt", now));
        return collection.find(filter).sort(Sorts.ascending("dueAt")).limit(limit)
                .map(d -> Documents.fromDocument(d, Delivery.class)).into(new ArrayList<>());
    }

    /** SMS the SMSC accepted whose receipt should have come by now (a SENT delivery's {@code dueAt} is that time). */
    List<Delivery> receiptOverdue(long now, int limit) {
        return collection.find(Filters.and(Filters.eq("status", DeliveryStatus.SENT.name()), Filters.lte("dueAt", now)))
                .sort(Sorts.ascending("dueAt")).limit(limit)
                .map(d -> Documents.fromDocument(d, Delivery.class)).into(new ArrayList<>());
    }

    /**
     * Moves a delivery on, only if nobody else moved it since it was read. False means the change
     * was not made: a caller must not carry on as if it had been.
     */
    boolean replace(Delivery read, Delivery next) {
        return collection.replaceOne(Filters.and(Filters.eq("_id", read.id()), Filters.eq("status", read.status().name()),
                Filters.eq("attempts", read.attempts()), Filters.eq("dueAt", read.dueAt())), stored(next))
                .getMatchedCount() == 1;
    }

    /**
     * Other deliveries, due now, that can go in one digest with this one: the same unit, channel
     * and recipient, not urgent, waiting to be sent.
     */
    List<Delivery> digestable(Delivery with, long now) {
        Bson filter = Filters.and(Filters.eq("unitId", with.unitId()), Filters.eq("channel", with.channel().name()),
                Filters.eq("recipient", with.recipient()), Filters.eq("urgent", false),
                Filters.in("status", DeliveryStatus.QUEUED.name(), DeliveryStatus.RETRYING.name()),
                Filters.lte("dueAt", now), Filters.ne("_id", with.id()));
        return collection.find(filter).sort(Sorts.ascending("dueAt")).limit(DIGEST_LIMIT)
                .map(d -> Documents.fromDocument(d, Delivery.class)).into(new ArrayList<>());
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
     * one exists already, nothing is sent twice. Returns whether it failed over.
     *
     * @throws LostStateChange when the delivery moved on since it was read; nothing was written
     */
    boolean failForGood(Delivery delivery, String reason, Instant now) {
        Delivery failover = delivery.fallback() == null ? null : delivery.failover(now, reason);
        boolean failsOver = failover != null && !exists(failover.id());
        Delivery failed = delivery.next(failsOver ? DeliveryStatus.FAILED_OVER : DeliveryStatus.FAILED,
                delivery.attempts(), Long.MAX_VALUE, now,
                failsOver ? reason + "; sent by " + delivery.fallback().channel() + " instead" : reason);
        if (!replace(delivery, failed)) {
            throw new LostStateChange(delivery, failed.status());
        }
        return failsOver && add(failover);
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
