package vn.lienket.support.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * The audit trails of one collection of aggregates, kept in a collection of their own
 * ({@code <collection>_audit}, one small document per entry, numbered from 0 per aggregate), so
 * that an aggregate's document holds its current state and outbox only and a write's size does not
 * grow with the aggregate's age.
 *
 * <p>The entry is still stored in the same single-document write as the change: the write sets
 * the aggregate's {@code auditPending} (the entries of that write only, replaced by the next),
 * adds to its {@code auditCount}, and reads the document as it was before ({@code BEFORE}, as the
 * store stand-in needs). Then it copies its entries, and those of the write before it, into the
 * trail collection by number, idempotently. A process that dies between the two loses nothing:
 * the entries wait in the document, the next write copies them, and reads merge them meanwhile.
 *
 * <p>A document written before the trails had their own collection still carries its trail as an
 * {@code audit} array: reads merge it (its entries are numbered first), and the next write to that
 * document moves it out (migration on write).
 */
public final class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    /** How many entries the aggregate's trail has, counted by the writes that added them (the legacy array's not included). */
    public static final String COUNT = "auditCount";
    /** The entries of the aggregate's last write, until the next write knows them copied. */
    public static final String PENDING = "auditPending";
    /** The name of the collection that keeps the trails of {@code collection}. */
    public static String collectionOf(String collection) {
        return collection + "_audit";
    }

    static final String AGGREGATE = "aggregate";
    static final String SEQ = "seq";
    /** What a write needs to see of the document before it. */
    public static final Bson BEFORE = Projections.include(COUNT, PENDING, AuditEntry.FIELD);

    private final MongoCollection<Document> aggregates;
    private final MongoCollection<Document> trail;
    private volatile boolean indexed;

    /** {@code trail} null keeps only each write's own entries, in the document (for tests of other parts). */
    public AuditTrail(MongoCollection<Document> aggregates, MongoCollection<Document> trail) {
        this.aggregates = aggregates;
        this.trail = trail;
        ensureIndexes();
    }

    /**
     * Real MongoDB's index for a trail read: one aggregate's entries by number (unique, so the store
     * stand-in, which serves only {@code _id} and unique indexes, may use it too). Created at start,
     * idempotently; if the store is away, again at the next write.
     */
    private void ensureIndexes() {
        if (indexed || trail == null) {
            return;
        }
        try {
            trail.createIndex(Indexes.compoundIndex(Indexes.ascending(AGGREGATE), Indexes.descending(SEQ)),
                    new IndexOptions().unique(true).name("aggregate_seq"));
            indexed = true;
        } catch (MongoException e) {
            log.warn("Could not create the index of {} yet (again at the next write): {}", trail.getNamespace(), e.toString());
        }
    }

    /** The updates a write adds: its entries pending in the document, the count grown by them. */
    public static Bson pending(List<Document> entries) {
        return Updates.combine(Updates.set(PENDING, entries), Updates.inc(COUNT, (long) entries.size()));
    }

    /** The fields of a new aggregate's document: its entries pending, counted. */
    public static void pendingInto(Document document, List<Document> entries) {
        document.put(PENDING, entries);
        document.put(COUNT, (long) entries.size());
    }

    /**
     * After a write that added {@code entries} to {@code id}'s trail, given the document as it was
     * before it ({@code before}; null for an insert): copies the entries of the write before (still
     * pending), any legacy embedded trail, and these, into the trail collection.
     */
    public void settle(String id, Document before, List<Document> entries) {
        if (trail == null) {
            return;
        }
        ensureIndexes();
        List<Document> legacy = legacy(before);
        long count = before == null ? 0 : number(before.get(COUNT));
        List<Document> previous = before == null ? List.of() : pendingOf(before);
        long base = legacy.size() + count;
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (int i = 0; i < legacy.size(); i++) {
            writes.add(upsert(id, i, legacy.get(i)));
        }
        for (int i = 0; i < previous.size(); i++) {
            writes.add(upsert(id, base - previous.size() + i, previous.get(i)));
        }
        for (int i = 0; i < entries.size(); i++) {
            writes.add(upsert(id, base + i, entries.get(i)));
        }
        trail.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        if (!legacy.isEmpty()) {
            // one writer moves the legacy array out: the count takes its entries in the same update
            aggregates.updateOne(Filters.and(Filters.eq("_id", id), Filters.exists(AuditEntry.FIELD)),
                    Updates.combine(Updates.unset(AuditEntry.FIELD), Updates.inc(COUNT, (long) legacy.size())));
        }
    }

    private static ReplaceOneModel<Document> upsert(String id, long seq, Document entry) {
        Document stored = new Document(entry);
        stored.put("_id", id + "/" + seq);
        stored.put(AGGREGATE, id);
        stored.put(SEQ, seq);
        return new ReplaceOneModel<>(Filters.eq("_id", id + "/" + seq), stored, new ReplaceOptions().upsert(true));
    }

    /** The whole trail of one aggregate, oldest first, as stored (each entry's own fields). */
    public List<Document> all(String id) {
        TreeMap<Long, Document> entries = new TreeMap<>();
        if (trail != null) {
            trail.find(Filters.eq(AGGREGATE, id)).forEach(d -> entries.put(number(d.get(SEQ)), d));
        }
        unsettled(id).forEach(entries::putIfAbsent);
        return entries.values().stream().map(AuditTrail::entryOf).toList();
    }

    /**
     * One page of the trail, newest first, read by number: at most {@code limit + 1} entries from
     * the store, whatever the trail's length. The key of an entry is its number counted from the
     * oldest (0), as {@link Page#newestFirst} numbers a list, so a cursor keeps naming the same entry.
     *
     * @throws ApiException 400 naming {@code cursor} when it is not a number of this trail
     */
    public <E> Page<E> newestFirst(String id, PageRequest request, Function<Document, E> map) {
        Long after = null;
        if (request.after().isPresent()) {
            try {
                after = Long.parseLong(request.after().get());
            } catch (NumberFormatException e) {
                after = -1L;
            }
            if (after < 0) {
                throw ApiException.invalid(PageRequest.CURSOR, "cursor names no item of this list; start again without it");
            }
        }
        TreeMap<Long, Document> entries = new TreeMap<>(java.util.Comparator.reverseOrder());
        if (trail != null) {
            Bson filter = after == null ? Filters.eq(AGGREGATE, id)
                    : Filters.and(Filters.eq(AGGREGATE, id), Filters.lt(SEQ, after));
            trail.find(filter).sort(Sorts.descending(SEQ)).limit(request.limit() + 1)
                    .forEach(d -> entries.put(number(d.get(SEQ)), d));
        }
        Long before = after;
        unsettled(id).forEach((seq, d) -> {
            if (before == null || seq < before) {
                entries.putIfAbsent(seq, d);
            }
        });
        List<Map.Entry<Long, Document>> fetched = new ArrayList<>(entries.entrySet());
        if (fetched.size() > request.limit() + 1) {
            fetched = fetched.subList(0, request.limit() + 1);
        }
        Page<Map.Entry<Long, Document>> page = Page.of(fetched, request, e -> String.valueOf(e.getKey()));
        return new Page<>(page.items().stream().map(e -> map.apply(entryOf(e.getValue()))).toList(), page.nextKey());
    }

    /** The entries only the aggregate's document holds (pending, or a legacy array), by number. */
    private Map<Long, Document> unsettled(String id) {
        Document document = aggregates.find(Filters.eq("_id", id)).projection(BEFORE).first();
        Map<Long, Document> entries = new TreeMap<>();
        if (document == null) {
            return entries;
        }
        List<Document> legacy = legacy(document);
        for (int i = 0; i < legacy.size(); i++) {
            entries.put((long) i, legacy.get(i));
        }
        List<Document> pending = pendingOf(document);
        long base = legacy.size() + number(document.get(COUNT)) - pending.size();
        for (int i = 0; i < pending.size(); i++) {
            entries.put(base + i, pending.get(i));
        }
        return entries;
    }

    /** An entry without the trail's own bookkeeping. */
    private static Document entryOf(Document stored) {
        Document entry = new Document(stored);
        entry.remove("_id");
        entry.remove(AGGREGATE);
        entry.remove(SEQ);
        return entry;
    }

    private static List<Document> legacy(Document document) {
        return document == null || !(document.get(AuditEntry.FIELD) instanceof List<?>) ? List.of()
                : document.getList(AuditEntry.FIELD, Document.class);
    }

    private static List<Document> pendingOf(Document document) {
        return document.get(PENDING) instanceof List<?> ? document.getList(PENDING, Document.class) : List.of();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0L;
    }

}
