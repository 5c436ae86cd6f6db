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
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
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
 * <p>The entry is still stored in the same single-document write as the change: the write appends
 * it to the aggregate's {@code auditPending} (each pending entry with an id of its own), adds to
 * its {@code auditCount}, and reads the document as it was before ({@code BEFORE}, as the store
 * stand-in needs). Then it copies its entries, and those still pending before it, into the trail
 * collection by number, idempotently, and only then takes them out of {@code auditPending} by their
 * ids. The pending entries are always the newest of the trail: the ones numbered just below
 * {@code auditCount}. A process that dies or fails between the two loses nothing: the entries wait
 * in the document, the next write copies them, and reads merge them meanwhile. A failed copy is
 * logged, not thrown: the change it follows is made.
 *
 * <p>A read takes the document first and the trail collection second: an entry taken out of the
 * document was copied before, so it is in the trail read after it.
 *
 * <p>A document written before the trails had their own collection still carries its trail as an
 * {@code audit} array: reads merge it (its entries are numbered first), and the next write to that
 * document moves it out (migration on write), marking the document {@code auditMoved}. An entry an
 * instance of the old version pushes to the array after that (a rolling upgrade) is newer than the
 * counted ones: it is moved into {@code auditPending}, counted, and copied with the next number.
 */
public final class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    /** How many entries the aggregate's trail has, counted by the writes that added them (the legacy array's not included). */
    public static final String COUNT = "auditCount";
    /** The entries of the aggregate's last writes not known to be copied yet, oldest first. */
    public static final String PENDING = "auditPending";
    /** Set once the document counts every entry of its trail: an {@code audit} array then holds newer ones. */
    static final String MOVED = "auditMoved";
    /** A pending entry's own id, by which it is taken out of the document once copied. */
    private static final String ENTRY_ID = "_id";
    /** How often a read tries again when an entry moved between its two reads. */
    private static final int READS = 5;
    /** The name of the collection that keeps the trails of {@code collection}. */
    public static String collectionOf(String collection) {
        return collection + "_audit";
    }

    static final String AGGREGATE = "aggregate";
    static final String SEQ = "seq";
    /** What a write needs to see of the document before it. */
    public static final Bson BEFORE = Projections.include(COUNT, PENDING, MOVED, AuditEntry.FIELD);

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

    /** The updates a write adds: its entries appended to those pending in the document, the count grown by them. */
    public static Bson pending(List<Document> entries) {
        return appending(entries).update();
    }

    /** As {@link #pending}, with the entries as it appends them, to settle the write without reading it back. */
    public static Appending appending(List<Document> entries) {
        List<Document> identified = identified(entries);
        return new Appending(identified, Updates.combine(Updates.pushEach(PENDING, identified),
                Updates.inc(COUNT, (long) identified.size())));
    }

    /** A write's entries, each with its pending id, and the update that appends them to the document. */
    public record Appending(List<Document> entries, Bson update) {

        /** The document's trail fields as the update left them, from those it returned before it ({@link #BEFORE}). */
        public Document after(Document before) {
            Document after = new Document(before);
            after.putAll(counted(before, entries));
            return after;
        }
    }

    /** The pending entries and the count after {@code entries} were appended to those {@code before} had. */
    private static Document counted(Document before, List<Document> entries) {
        List<Document> pending = new ArrayList<>(pendingOf(before));
        pending.addAll(entries);
        return new Document(COUNT, number(before.get(COUNT)) + entries.size()).append(PENDING, pending);
    }

    /** The fields of a new aggregate's document: its entries pending, counted (its whole trail, so marked moved). */
    public static void pendingInto(Document document, List<Document> entries) {
        document.put(PENDING, identified(entries));
        document.put(COUNT, (long) entries.size());
        document.put(MOVED, true);
    }

    /** Each entry with an id of its own while it is pending. */
    private static List<Document> identified(List<Document> entries) {
        return entries.stream().map(e -> {
            Document pending = new Document(ENTRY_ID, new org.bson.types.ObjectId());
            e.forEach((k, v) -> {
                if (!k.equals(ENTRY_ID)) {
                    pending.put(k, v);
                }
            });
            return pending;
        }).toList();
    }

    /**
     * After a write that added entries to {@code id}'s trail: copies those pending in the document
     * (its own, and any a write before it left), and any legacy embedded trail, into the trail
     * collection, then takes them out of the document. A failure is logged, not thrown (the write is
     * made; the entries wait in the document for the next write, and reads merge them meanwhile).
     */
    public void settle(String id) {
        settle(id, null);
    }

    /**
     * As {@link #settle(String)}, from the document's trail fields as the write left them (a new
     * document as inserted, or {@link Appending#after}), which saves reading them back; null reads them.
     */
    public void settle(String id, Document written) {
        if (trail == null) {
            return;
        }
        try {
            copy(id, written);
        } catch (MongoException e) {
            log.warn("Could not copy the audit entries of {} in {} yet (the next write copies them): {}", id,
                    aggregates.getNamespace(), e.toString());
        }
    }

    private void copy(String id, Document written) {
        ensureIndexes();
        // the document after the write: its pending entries are those before it and its own, in order
        Document document = written != null ? written : aggregates.find(Filters.eq("_id", id)).projection(BEFORE).first();
        if (document == null) {
            return;
        }
        List<Document> legacy = legacy(document);
        boolean moved = Boolean.TRUE.equals(document.get(MOVED));
        if (!legacy.isEmpty() && moved) {
            // pushed by an old instance after the trail was moved out: newer than every counted entry
            List<Document> moving = identified(legacy);
            Document was = aggregates.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", id), Filters.eq(AuditEntry.FIELD, legacy)),
                    Updates.combine(Updates.unset(AuditEntry.FIELD), Updates.pushEach(PENDING, moving),
                            Updates.inc(COUNT, (long) legacy.size())),
                    new FindOneAndUpdateOptions().projection(BEFORE).returnDocument(ReturnDocument.BEFORE));
            if (was == null) {
                return; // another writer moved them, or more came: the next write copies them
            }
            // the document as this update left it (read BEFORE, as the store stand-in needs)
            document = counted(was, moving).append(MOVED, true);
            legacy = List.of();
        }
        Map<Long, Document> unsettled = unsettled(document);
        List<WriteModel<Document>> writes = new ArrayList<>();
        List<Object> copied = new ArrayList<>();
        unsettled.forEach((seq, entry) -> {
            writes.add(upsert(id, seq, entry));
            if (entry.get(ENTRY_ID) != null) {
                copied.add(entry.get(ENTRY_ID));
            }
        });
        if (writes.isEmpty()) {
            return;
        }
        trail.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        if (!copied.isEmpty()) {
            // only the entries copied, by id: entries appended meanwhile stay for their own writer
            aggregates.updateOne(Filters.eq("_id", id), Updates.pullByFilter(
                    new Document(PENDING, new Document(ENTRY_ID, new Document("$in", copied)))));
        }
        if (!legacy.isEmpty()) {
            // one writer moves the legacy array out: the count takes its entries in the same update
            aggregates.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(AuditEntry.FIELD, legacy)),
                    Updates.combine(Updates.unset(AuditEntry.FIELD), Updates.inc(COUNT, (long) legacy.size()),
                            Updates.set(MOVED, true)));
        }
    }

    private static ReplaceOneModel<Document> upsert(String id, long seq, Document entry) {
        Document stored = new Document(entry);
        stored.put("_id", id + "/" + seq);
        stored.put(AGGREGATE, id);
        stored.put(SEQ, seq);
        return new ReplaceOneModel<>(Filters.eq("_id", id + "/" + seq), stored, new ReplaceOptions().upsert(true));
    }

    /**
     * The whole trail of one aggregate, oldest first, as stored (each entry's own fields). The
     * document is read first: an entry taken out of it since was copied before, so the trail read
     * after it has it; if the two still disagree with the document's count, they are read again.
     */
    public List<Document> all(String id) {
        TreeMap<Long, Document> entries = new TreeMap<>();
        for (int attempt = 1; ; attempt++) {
            entries.clear();
            Document document = aggregates.find(Filters.eq("_id", id)).projection(BEFORE).first();
            long total = total(document);
            if (trail != null) {
                trail.find(Filters.and(Filters.eq(AGGREGATE, id), Filters.lt(SEQ, total)))
                        .forEach(d -> entries.put(number(d.get(SEQ)), d));
            }
            unsettled(document).forEach(entries::putIfAbsent);
            if (entries.size() >= total || attempt == READS) {
                break;
            }
        }
        return entries.values().stream().map(AuditTrail::entryOf).toList();
    }

    /**
     * One page of the trail, newest first, read by number: at most {@code limit + 1} entries from
     * the store, whatever the trail's length. The key of an entry is its number counted from the
     * oldest (0), as {@link Page#newestFirst} numbers a list, so a cursor keeps naming the same entry.
     * The document is read first, as by {@link #all}.
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
        for (int attempt = 1; ; attempt++) {
            entries.clear();
            Document document = aggregates.find(Filters.eq("_id", id)).projection(BEFORE).first();
            long below = after == null ? total(document) : Math.min(after, total(document));
            if (trail != null) {
                trail.find(Filters.and(Filters.eq(AGGREGATE, id), Filters.lt(SEQ, below))).sort(Sorts.descending(SEQ))
                        .limit(request.limit() + 1).forEach(d -> entries.put(number(d.get(SEQ)), d));
            }
            unsettled(document).forEach((seq, d) -> {
                if (seq < below) {
                    entries.putIfAbsent(seq, d);
                }
            });
            if (entries.size() >= Math.min(below, request.limit() + 1L) || attempt == READS) {
                break;
            }
        }
        List<Map.Entry<Long, Document>> fetched = new ArrayList<>(entries.entrySet());
        if (fetched.size() > request.limit() + 1) {
            fetched = fetched.subList(0, request.limit() + 1);
        }
        Page<Map.Entry<Long, Document>> page = Page.of(fetched, request, e -> String.valueOf(e.getKey()));
        return new Page<>(page.items().stream().map(e -> map.apply(entryOf(e.getValue()))).toList(), page.nextKey());
    }

    /** How many entries the trail has, as the document tells: those counted, and a legacy array's. */
    private static long total(Document document) {
        return document == null ? 0 : number(document.get(COUNT)) + legacy(document).size();
    }

    /**
     * The entries only the aggregate's document holds (pending, or a legacy array), by number: the
     * pending ones are the newest counted; a legacy array is the oldest, unless the document was
     * marked moved (then it is newer than every counted entry).
     */
    private static Map<Long, Document> unsettled(Document document) {
        Map<Long, Document> entries = new TreeMap<>();
        if (document == null) {
            return entries;
        }
        List<Document> legacy = legacy(document);
        long count = number(document.get(COUNT));
        boolean moved = Boolean.TRUE.equals(document.get(MOVED));
        long legacyBase = moved ? count : 0;
        for (int i = 0; i < legacy.size(); i++) {
            entries.put(legacyBase + i, legacy.get(i));
        }
        List<Document> pending = pendingOf(document);
        long base = (moved ? 0 : legacy.size()) + count - pending.size();
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
