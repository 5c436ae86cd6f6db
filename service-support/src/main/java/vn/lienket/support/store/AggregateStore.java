package vn.lienket.support.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.outbox.OutboxEntry;
import vn.lienket.support.outbox.OutboxRelay;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * Aggregates of one type, one document each. A write stores the new state and the events it
 * causes in the same single-document update (the document's own {@code outbox} array), so a state
 * change is never recorded without its event; the relay later sends and removes the entries. The
 * audit entry is in the same write too, and then kept in the trail's own collection
 * ({@link AuditTrail}): the document holds the current state and its outbox only.
 */
public final class AggregateStore<T> {

    static final String REVISION = "revision";

    private final MongoCollection<Document> collection;
    private final Class<T> type;
    private final Function<T, String> idOf;
    private final String topic;
    private final OutboxRelay relay;
    private final AuditTrail trail;

    /** The aggregates of {@code collection} in {@code database}, their trails in its {@code <collection>_audit}. */
    public AggregateStore(MongoDatabase database, String collection, Class<T> type, Function<T, String> idOf,
                          String topic, OutboxRelay relay) {
        this(database.getCollection(collection), trailOf(database, collection), type, idOf, topic, relay);
    }

    /**
     * The aggregates of {@code collection} with no trail collection: the audit entries stay pending
     * in the document (for tests of other parts than the trail).
     */
    public AggregateStore(MongoCollection<Document> collection, Class<T> type, Function<T, String> idOf,
                          String topic, OutboxRelay relay) {
        this(collection, null, type, idOf, topic, relay);
    }

    public AggregateStore(MongoCollection<Document> collection, MongoCollection<Document> trail, Class<T> type,
                          Function<T, String> idOf, String topic, OutboxRelay relay) {
        this.trail = new AuditTrail(collection, trail);
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

    /** The audit trail of one aggregate, oldest first (whole: for trails merged from several aggregates). */
    public List<AuditEntry> audit(String id) {
        return trail.all(id).stream().map(AuditEntry::fromDocument).toList();
    }

    /** One page of an aggregate's trail, newest first, read by cursor: its cost does not grow with the trail. */
    public Page<AuditEntry> audit(String id, PageRequest page) {
        return trail.newestFirst(id, page, AuditEntry::fromDocument);
    }

    /** The trails of this store's aggregates, for a trail stored with fields of its own. */
    public AuditTrail trail() {
        return trail;
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
        List<Document> entries = List.of(audit.toDocument());
        AuditTrail.pendingInto(document, entries);
        try {
            collection.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new ConcurrentUpdateException("Already exists: " + idOf.apply(value));
            }
            throw e;
        }
        trail.settle(idOf.apply(value), document);
        if (!events.isEmpty()) {
            relay.wake(collection, idOf.apply(value));
        }
    }

    /**
     * Replaces the state of an aggregate read at {@code expectedRevision}, appends its events to the
     * outbox and its audit entry to the trail, in one write. Every change has its audit entry.
     */
    public void update(T value, long expectedRevision, List<? extends IntegrationEvent> events, AuditEntry audit) {
        Document state = Documents.toDocument(value);
        state.remove("_id");
        write(value, expectedRevision, new Document("$set", state), events, audit);
    }

    /**
     * As {@link #update(Object, long, List, AuditEntry)}, for a value changed from the one read at
     * {@code read}: only the top-level fields that differ are written (a large aggregate of which
     * one part changed sends and stores that part, not the whole state again).
     */
    public void update(T value, Versioned<T> read, List<? extends IntegrationEvent> events, AuditEntry audit) {
        Document state = Documents.toDocument(value);
        Document was = Documents.toDocument(read.value());
        Document set = new Document();
        Document unset = new Document();
        state.forEach((field, v) -> {
            if (!field.equals("_id") && !java.util.Objects.equals(v, was.get(field))) {
                set.put(field, v);
            }
        });
        was.keySet().stream().filter(field -> !state.containsKey(field)).forEach(field -> unset.put(field, ""));
        Document changes = new Document();
        if (!set.isEmpty()) {
            changes.put("$set", set);
        }
        if (!unset.isEmpty()) {
            changes.put("$unset", unset);
        }
        write(value, read.revision(), changes, events, audit);
    }

    /** Whether an aggregate with this id exists, read without its state. */
    public boolean exists(String id) {
        return collection.find(Filters.eq("_id", id)).projection(new Document("_id", 1)).first() != null;
    }

    private void write(T value, long expectedRevision, Document state, List<? extends IntegrationEvent> events,
                       AuditEntry audit) {
        List<Document> entries = List.of(audit.toDocument());
        List<Bson> changes = new ArrayList<>();
        if (!state.isEmpty()) {
            changes.add(state);
        }
        changes.add(Updates.inc(REVISION, 1L));
        AuditTrail.Appending appending = AuditTrail.appending(entries);
        changes.add(appending.update());
        if (!events.isEmpty()) {
            changes.add(Updates.pushEach(OutboxEntry.FIELD, outboxEntries(events)));
        }
        String id = idOf.apply(value);
        Document before = collection.findOneAndUpdate(Filters.and(Filters.eq("_id", id), Filters.eq(REVISION, expectedRevision)),
                Updates.combine(changes), new FindOneAndUpdateOptions().projection(AuditTrail.BEFORE)
                        .returnDocument(ReturnDocument.BEFORE));
        if (before == null) {
            throw new ConcurrentUpdateException("Changed meanwhile: " + id);
        }
        if (!events.isEmpty()) {
            relay.wake(collection, id);
        }
        trail.settle(id, appending.after(before));
    }

    /** The database's collection that keeps the trails of the aggregates in {@code collection}. */
    public static MongoCollection<Document> trailOf(MongoDatabase database, String collection) {
        return database.getCollection(AuditTrail.collectionOf(collection));
    }

    /** The entries carry the trace of the request or record that caused the write, so the events stay in it. */
    private List<Document> outboxEntries(List<? extends IntegrationEvent> events) {
        String traceparent = events.isEmpty() ? null : relay.currentTraceparent();
        return events.stream().map(e -> OutboxEntry.of(topic, e, traceparent).toDocument()).toList();
    }
}
