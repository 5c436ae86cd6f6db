package vn.lienket.province.derivedplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lienket.contracts.Topics;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.outbox.OutboxEntry;
import vn.lienket.support.outbox.OutboxRelay;
import vn.lienket.support.store.ConcurrentUpdateException;
import vn.lienket.support.store.Documents;
import vn.lienket.support.store.AggregateStore;
import vn.lienket.support.store.AuditTrail;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/** Derived plans, kept in each province's own database; every method names the tenant it reads or writes. */
@Repository
class DerivedPlans {

    private static final String COLLECTION = "derived_plans";
    /** Each published derived version, one document each ({@code <plan id>/<number>}): the plan's document keeps only its last. */
    static final String VERSIONS = "derived_versions";
    private static final String PLAN = "plan";
    private static final String NUMBER = "number";
    /** The document's revision, as {@link AggregateStore} keeps it. */
    private static final String REVISION = "revision";

    private final Map<String, AggregateStore<DerivedPlan>> stores = new ConcurrentHashMap<>();

    private final Tenants tenants;
    private final OutboxRelay relay;

    /** Each tenant's store opens as the tenant is hosted, at start or at run time, so its relay watches it at once. */
    DerivedPlans(Tenants tenants, OutboxRelay relay) {
        this.tenants = tenants;
        this.relay = relay;
        tenants.onHosted(this::store);
    }

    /** The plan as its document holds it: its history is its last version only (all of them in a document stored before). */
    Optional<Versioned<DerivedPlan>> find(String provinceId, String masterPlanId) {
        return store(provinceId).find(masterPlanId);
    }

    /** The plan with every version it published, for what shows or carries its whole history. */
    Optional<Versioned<DerivedPlan>> findWhole(String provinceId, String masterPlanId) {
        return find(provinceId, masterPlanId)
                .map(v -> new Versioned<>(whole(tenants.database(provinceId), v.value()), v.revision()));
    }

    /** The plan (as read from its document, or as changed from it) with its whole history. */
    DerivedPlan whole(String provinceId, DerivedPlan plan) {
        return whole(tenants.database(provinceId), plan);
    }

    /** The plan's history from its versions' collection and its document (which may hold some, or all, itself). */
    private static DerivedPlan whole(MongoDatabase database, DerivedPlan plan) {
        java.util.TreeMap<Integer, DerivedVersion> versions = new java.util.TreeMap<>();
        database.getCollection(VERSIONS).find(Filters.eq(PLAN, plan.id())).forEach(d -> {
            DerivedVersion v = Documents.fromDocument(d, DerivedVersion.class);
            if (v.number() <= plan.derivedVersion()) {
                versions.put(v.number(), v);
            }
        });
        plan.history().forEach(v -> versions.put(v.number(), v));
        return plan.withHistory(new ArrayList<>(versions.values()));
    }

    /**
     * Version {@code number} of the plan as read from its document: the document's own (its last, or
     * every one of a document stored before), else the one in the versions' collection. One read at
     * most, however many versions the plan has. Empty if the plan published no such version.
     */
    Optional<DerivedVersion> version(String provinceId, DerivedPlan plan, int number) {
        if (number < 1 || number > plan.derivedVersion()) {
            return Optional.empty();
        }
        Optional<DerivedVersion> held = plan.history().stream().filter(v -> v.number() == number).findFirst();
        if (held.isPresent()) {
            return held;
        }
        return Optional.ofNullable(tenants.database(provinceId).getCollection(VERSIONS)
                        .find(Filters.eq("_id", plan.id() + "/" + number)).first())
                .map(d -> Documents.fromDocument(d, DerivedVersion.class));
    }

    /**
     * One page of the plan's versions, newest first; a version's key is its number, so a cursor
     * keeps naming the same version while newer ones are published. Reads at most one page from the
     * versions' collection, with those the document holds itself.
     *
     * @throws vn.lienket.support.web.ApiException 400 naming {@code cursor} when it names no version
     */
    Page<DerivedVersion> versions(String provinceId, DerivedPlan plan, PageRequest request) {
        int below = plan.derivedVersion() + 1;
        if (request.after().isPresent()) {
            int after = -1;
            try {
                after = Integer.parseInt(request.after().get());
            } catch (NumberFormatException e) {
                // refused below
            }
            if (after < 1) {
                throw vn.lienket.support.web.ApiException.invalid(PageRequest.CURSOR,
                        "cursor names no version of this plan; start again without it");
            }
            below = Math.min(after, below);
        }
        java.util.TreeMap<Integer, DerivedVersion> found = new java.util.TreeMap<>(Comparator.reverseOrder());
        tenants.database(provinceId).getCollection(VERSIONS)
                .find(Filters.and(Filters.eq(PLAN, plan.id()), Filters.lt(NUMBER, below)))
                .sort(com.mongodb.client.model.Sorts.descending(NUMBER)).limit(request.limit() + 1)
                .forEach(d -> {
                    DerivedVersion v = Documents.fromDocument(d, DerivedVersion.class);
                    found.put(v.number(), v);
                });
        int upTo = below;
        // the document's own are as it holds them (its last may not be in the collection yet)
        plan.history().stream().filter(v -> v.number() < upTo).forEach(v -> found.put(v.number(), v));
        List<DerivedVersion> fetched = found.values().stream().limit(request.limit() + 1L).toList();
        return Page.of(fetched, request, v -> String.valueOf(v.number()));
    }

    /**
     * Keeps the versions in their collection. The new ones after the plan's document was written
     * (only the writer that won stores them): one that dies in between leaves the version in the
     * document, which keeps its last, and the next publish stores it again with the new one. Those
     * a write drops from the document (an old document's whole history, a predecessor's) before it
     * ({@link #keepBeforeDropping}).
     */
    private static void storeVersions(MongoDatabase database, String planId, List<DerivedVersion> versions) {
        if (versions.isEmpty()) {
            return;
        }
        MongoCollection<Document> collection = database.getCollection(VERSIONS);
        collection.bulkWrite(versions.stream().map(v -> {
            Document d = Documents.toDocument(v);
            d.put("_id", planId + "/" + v.number());
            d.put(PLAN, planId);
            return new com.mongodb.client.model.ReplaceOneModel<>(Filters.eq("_id", planId + "/" + v.number()), d,
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }).toList(), new com.mongodb.client.model.BulkWriteOptions().ordered(false));
    }

    /**
     * Stores the versions a document write is about to drop (all but the last), before it: a
     * process that dies or fails after the write has them already. Upserts by number, so storing
     * them again is harmless, and {@link #whole} ignores a number above the plan's version should
     * the write then be refused.
     */
    private static void keepBeforeDropping(MongoDatabase database, String planId, List<DerivedVersion> history) {
        if (history.size() > 1) {
            storeVersions(database, planId, history);
        }
    }

    /** The plan as its document keeps it: the last version only. */
    private static DerivedPlan stored(DerivedPlan plan) {
        List<DerivedVersion> history = plan.history();
        return history.size() <= 1 ? plan : plan.withHistory(history.subList(history.size() - 1, history.size()));
    }

    /**
     * The versions of {@code next} to store: none if it published none; else the new ones with the
     * last one the document held (stored again, in case its writer died before it stored it), or all
     * of them for a document stored with every version in it.
     */
    private static List<DerivedVersion> newVersions(DerivedPlan read, DerivedPlan next) {
        if (read.history().size() > 1) {
            return next.history();
        }
        int known = read.history().isEmpty() ? 0 : read.history().get(read.history().size() - 1).number();
        List<DerivedVersion> versions = next.history();
        if (versions.isEmpty() || versions.get(versions.size() - 1).number() <= known) {
            return List.of();
        }
        return versions.stream().filter(v -> v.number() >= known).toList();
    }

    /** Every plan of the tenant, as their documents hold them (each with its last version only). */
    List<DerivedPlan> all(String provinceId) {
        return store(provinceId).findAll(Filters.empty());
    }

    void insert(String provinceId, DerivedPlanChange change, AuditEntry audit) {
        store(provinceId).insert(stored(change.plan()), change.events(), audit);
        storeVersions(tenants.database(provinceId), change.plan().id(), change.plan().history());
    }

    /** Whether the tenant has a plan of this master plan, read without the plan. */
    boolean exists(String provinceId, String masterPlanId) {
        return store(provinceId).exists(masterPlanId);
    }

    /** The plan read at {@code current} changed: only the fields that differ from it are written. */
    void update(String provinceId, Versioned<DerivedPlan> current, DerivedPlanChange change, AuditEntry audit) {
        // a document stored with every version in it: they are kept before the write leaves it its last
        keepBeforeDropping(tenants.database(provinceId), change.plan().id(), current.value().history());
        store(provinceId).update(stored(change.plan()), current, change.events(), audit);
        storeVersions(tenants.database(provinceId), change.plan().id(), newVersions(current.value(), change.plan()));
    }

    /**
     * One page of the plan's trail, newest first, in the order it was recorded (a takeover records
     * the predecessors' entries, oldest first, before its own), each entry with the predecessor it
     * came from (if it did). Reads at most one page from the store, however long the trail.
     */
    Page<DerivedAuditEntry> audit(String provinceId, String masterPlanId, PageRequest page) {
        return store(provinceId).trail().newestFirst(masterPlanId, page, DerivedAuditEntry::fromDocument);
    }

    /**
     * A predecessor's plans of a programme, read from its database whether this process hosts it
     * or not, with their trail (each entry marked with its origin: the predecessor, unless it
     * came from elsewhere before).
     */
    List<Archived> ofPredecessor(String predecessor, String programmeId) {
        MongoCollection<Document> collection = tenants.databaseOf(predecessor).getCollection(COLLECTION);
        List<Archived> found = new ArrayList<>();
        AuditTrail trail = new AuditTrail(collection, AggregateStore.trailOf(tenants.databaseOf(predecessor), COLLECTION));
        collection.find(Filters.eq("programmeId", programmeId)).forEach(d -> {
            List<Document> audit = trail.all(d.getString("_id"));
            List<Document> marked = audit.stream().map(a -> {
                Document copy = new Document(a);
                if (copy.getString(DerivedAuditEntry.ORIGIN) == null) {
                    copy.put(DerivedAuditEntry.ORIGIN, predecessor);
                }
                return copy;
            }).toList();
            found.add(new Archived(predecessor, whole(tenants.databaseOf(predecessor), Documents.fromDocument(d, DerivedPlan.class)),
                    d.get(REVISION, Number.class).longValue(), marked));
        });
        return found;
    }

    /** A predecessor's plan as its database holds it, at its revision, with its trail. */
    record Archived(String predecessor, DerivedPlan plan, long revision, List<Document> audit) {
    }

    /**
     * Stores the plan a successor took over, in its database: a new document, or the successor's
     * own plan replaced at {@code expectedRevision} (its trail and outbox kept), with the
     * predecessors' trail and the takeover's own entry appended and its events in the outbox, in
     * one write. {@link ConcurrentUpdateException} when it was written meanwhile.
     */
    void storeTakenOver(String successor, Long expectedRevision, DerivedPlanChange change, List<Document> inherited,
                        AuditEntry audit) {
        AggregateStore<DerivedPlan> store = store(successor);
        MongoCollection<Document> collection = tenants.database(successor).getCollection(COLLECTION);
        List<Document> trail = new ArrayList<>(inherited.stream()
                .sorted(Comparator.comparing((Document d) -> Instant.parse(d.getString("at")))).toList());
        trail.add(audit.toDocument());
        String traceparent = relay.currentTraceparent();
        List<Document> outbox = change.events().stream()
                .map(e -> OutboxEntry.of(Topics.PROVINCE_PLANS, e, traceparent).toDocument()).toList();
        Document state = Documents.toDocument(stored(change.plan()));
        String id = change.plan().id();
        Document before = null;
        // the inherited versions are kept before the document that keeps only the last is written
        keepBeforeDropping(tenants.database(successor), id, change.plan().history());
        if (expectedRevision == null) {
            state.put(REVISION, 1L);
            state.put(OutboxEntry.FIELD, outbox);
            AuditTrail.pendingInto(state, trail);
            try {
                collection.insertOne(state);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    throw new ConcurrentUpdateException("Already exists: " + id);
                }
                throw e;
            }
        } else {
            state.remove("_id");
            before = collection.findOneAndUpdate(Filters.and(Filters.eq("_id", id), Filters.eq(REVISION, expectedRevision)),
                    Updates.combine(new Document("$set", state), Updates.inc(REVISION, 1L), AuditTrail.pending(trail),
                            Updates.pushEach(OutboxEntry.FIELD, outbox)),
                    new FindOneAndUpdateOptions().projection(AuditTrail.BEFORE).returnDocument(ReturnDocument.BEFORE));
            if (before == null) {
                throw new ConcurrentUpdateException("Changed meanwhile: " + id);
            }
        }
        relay.wake(collection, id);
        if (change.plan().history().size() == 1) {
            storeVersions(tenants.database(successor), id, change.plan().history());
        }
        store.trail().settle(id);
    }

    /** Marks a predecessor's plan the archive of its successor's, with its audit entry; once (false if it was already). */
    boolean markArchived(String predecessor, String masterPlanId, String successor, AuditEntry audit) {
        MongoDatabase database = tenants.databaseOf(predecessor);
        MongoCollection<Document> collection = database.getCollection(COLLECTION);
        List<Document> entries = List.of(audit.toDocument());
        Document before = collection.findOneAndUpdate(Filters.and(Filters.eq("_id", masterPlanId),
                        Filters.or(Filters.exists("archivedInto", false), Filters.eq("archivedInto", null))),
                Updates.combine(Updates.set("archivedInto", successor), Updates.inc(REVISION, 1L), AuditTrail.pending(entries)),
                new FindOneAndUpdateOptions().projection(AuditTrail.BEFORE).returnDocument(ReturnDocument.BEFORE));
        if (before == null) {
            return false;
        }
        new AuditTrail(collection, AggregateStore.trailOf(database, COLLECTION)).settle(masterPlanId);
        return true;
    }

    private AggregateStore<DerivedPlan> store(String provinceId) {
        if (!tenants.hosts(provinceId)) {
            throw new IllegalArgumentException("Province " + provinceId + " is not hosted here");
        }
        return stores.computeIfAbsent(provinceId, id -> {
            indexVersions(tenants.database(id));
            return new AggregateStore<>(tenants.database(id), COLLECTION, DerivedPlan.class, DerivedPlan::id,
                    Topics.PROVINCE_PLANS, relay);
        });
    }

    /**
     * Real MongoDB's index for reading a plan's versions ({@code plan}, {@code number}; unique, one
     * document per published number). Created as the tenant is hosted; idempotent. A store away
     * at that moment is logged: the query still answers, by a scan, until the next start.
     */
    private static void indexVersions(MongoDatabase database) {
        try {
            database.getCollection(VERSIONS).createIndex(com.mongodb.client.model.Indexes.ascending(PLAN, NUMBER),
                    new com.mongodb.client.model.IndexOptions().unique(true).name("plan_number"));
        } catch (com.mongodb.MongoException e) {
            org.slf4j.LoggerFactory.getLogger(DerivedPlans.class).warn("Could not create the index of {} yet: {}",
                    VERSIONS, e.toString());
        }
    }
}
