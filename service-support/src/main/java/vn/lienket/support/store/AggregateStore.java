package vn.lienket.support.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.outbox.OutboxEntry;
import vn.lienket.support.outbox.OutboxRelay;

/**
 * Aggregates of one type, one document each. A write stores the new state and the events it
 * causes in the same single-document update (the document's own {@code outbox} array), so a state
 * change is never recorded without its event; the relay later sends and removes the entries.
 */
public final class AggregateStore<T> {

    static final String REVISION = "revision";

    private final MongoCollection<Document> collection;
    private final Class<T> type;
    private final Function<T, String> idOf;
    private final String topic;
    private final OutboxRelay relay;

    public AggregateStore(MongoCollection<Document> collection, Class<T> type, Function<T, String> idOf,
                          String topic, OutboxRelay relay) {
        this.collection = collection;
        this.type = type;
        this.idOf = idOf;
        this.topic = topic;
        this.relay = relay;
        relay.watch(collection);
    }

    public Optional<Versioned<T>> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first())
                .map(d -> new Versioned<>(Documents.fromDocument(d, type), d.get(REVISION, Number.class).longValue()));
    }

    /** The first aggregate matching the filter in the given order, e.g. the latest version of a plan. */
    public Optional<T> findFirst(Bson filter, Bson sort) {
        return Optional.ofNullable(collection.find(filter).sort(sort).limit(1).first())
                .map(d -> Documents.fromDocument(d, type));
    }

    /** The audit trail of one aggregate, oldest first. */
    public List<AuditEntry> audit(String id) {
        Document document = collection.find(Filters.eq("_id", id)).projection(new Document(AuditEntry.FIELD, 1)).first();
        if (document == null || !document.containsKey(AuditEntry.FIELD)) {
            return List.of();
        }
        return document.getList(AuditEntry.FIELD, Document.class).stream().map(AuditEntry::fromDocument).toList();
    }

    public List<T> findAll(Bson filter) {
        List<T> all = new ArrayList<>();
        collection.find(filter).forEach(d -> all.add(Documents.fromDocument(d, type)));
        return all;
    }

    /**
     * Stores a new aggregate with its events and the audit entry of its creation, in one write;
     * {@link ConcurrentUpdateException} if one with its id exists.
     */
    public void insert(T value, List<? extends IntegrationEvent> events, AuditEntry audit) {
        Document document = Documents.toDocument(value);
        document.put(REVISION, 1L);
        document.put(OutboxEntry.FIELD, outboxEntries(events));
        document.put(AuditEntry.FIELD, List.of(audit.toDocument()));
        try {
            collection.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new ConcurrentUpdateException("Already exists: " + idOf.apply(value));
            }
            throw e;
        }
        relay.wake();
    }

    /**
     * Replaces the state of an aggregate read at {@code expectedRevision}, appends its events to the
     * outbox and its audit entry to the trail, in one write. Every change has its audit entry.
     */
    public void update(T value, long expectedRevision, List<? extends IntegrationEvent> events, AuditEntry audit) {
        Document state = Documents.toDocument(value);
        state.remove("_id");
        Document update = new Document("$set", state)
                .append("$inc", new Document(REVISION, 1L));
        Document push = new Document(AuditEntry.FIELD, audit.toDocument());
        if (!events.isEmpty()) {
            push.append(OutboxEntry.FIELD, new Document("$each", outboxEntries(events)));
        }
        update.append("$push", push);
        UpdateResult result = collection.updateOne(
                Filters.and(Filters.eq("_id", idOf.apply(value)), Filters.eq(REVISION, expectedRevision)), update);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdateException("Changed meanwhile: " + idOf.apply(value));
        }
        if (!events.isEmpty()) {
            relay.wake();
        }
    }

    /** The entries carry the trace of the request or record that caused the write, so the events stay in it. */
    private List<Document> outboxEntries(List<? extends IntegrationEvent> events) {
        String traceparent = events.isEmpty() ? null : relay.currentTraceparent();
        return events.stream().map(e -> OutboxEntry.of(topic, e, traceparent).toDocument()).toList();
    }
}
