package vn.lienket.province.derivedplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
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
import vn.lienket.support.store.Versioned;

/** Derived plans, kept in each province's own database; every method names the tenant it reads or writes. */
@Repository
class DerivedPlans {

    private static final String COLLECTION = "derived_plans";
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

    Optional<Versioned<DerivedPlan>> find(String provinceId, String masterPlanId) {
        return store(provinceId).find(masterPlanId);
    }

    List<DerivedPlan> all(String provinceId) {
        return store(provinceId).findAll(Filters.empty());
    }

    void insert(String provinceId, DerivedPlanChange change, AuditEntry audit) {
        store(provinceId).insert(change.plan(), change.events(), audit);
    }

    void update(String provinceId, long revision, DerivedPlanChange change, AuditEntry audit) {
        store(provinceId).update(change.plan(), revision, change.events(), audit);
    }

    /** The plan's trail, oldest first, each entry with the predecessor it came from (if it did). */
    List<DerivedAuditEntry> audit(String provinceId, String masterPlanId) {
        store(provinceId);
        return rawAudit(tenants.database(provinceId).getCollection(COLLECTION), masterPlanId).stream()
                .map(DerivedAuditEntry::fromDocument)
                .sorted(Comparator.comparing(DerivedAuditEntry::at)).toList();
    }

    /**
     * A predecessor's plans of a programme, read from its database whether this process hosts it
     * or not, with their trail (each entry marked with its origin: the predecessor, unless it
     * came from elsewhere before).
     */
    List<Archived> ofPredecessor(String predecessor, String programmeId) {
        MongoCollection<Document> collection = tenants.databaseOf(predecessor).getCollection(COLLECTION);
        List<Archived> found = new ArrayList<>();
        collection.find(Filters.eq("programmeId", programmeId)).forEach(d -> {
            List<Document> audit = d.containsKey(AuditEntry.FIELD) ? d.getList(AuditEntry.FIELD, Document.class) : List.of();
            List<Document> marked = audit.stream().map(a -> {
                Document copy = new Document(a);
                if (copy.getString(DerivedAuditEntry.ORIGIN) == null) {
                    copy.put(DerivedAuditEntry.ORIGIN, predecessor);
                }
                return copy;
            }).toList();
            found.add(new Archived(predecessor, Documents.fromDocument(d, DerivedPlan.class),
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
        store(successor);
        MongoCollection<Document> collection = tenants.database(successor).getCollection(COLLECTION);
        List<Document> trail = new ArrayList<>(inherited);
        trail.add(audit.toDocument());
        String traceparent = relay.currentTraceparent();
        List<Document> outbox = change.events().stream()
                .map(e -> OutboxEntry.of(Topics.PROVINCE_PLANS, e, traceparent).toDocument()).toList();
        Document state = Documents.toDocument(change.plan());
        if (expectedRevision == null) {
            state.put(REVISION, 1L);
            state.put(OutboxEntry.FIELD, outbox);
            state.put(AuditEntry.FIELD, trail);
            try {
                collection.insertOne(state);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    throw new ConcurrentUpdateException("Already exists: " + change.plan().id());
                }
                throw e;
            }
        } else {
            state.remove("_id");
            Document update = new Document("$set", state).append("$inc", new Document(REVISION, 1L))
                    .append("$push", new Document(AuditEntry.FIELD, new Document("$each", trail))
                            .append(OutboxEntry.FIELD, new Document("$each", outbox)));
            UpdateResult result = collection.updateOne(Filters.and(Filters.eq("_id", change.plan().id()),
                    Filters.eq(REVISION, expectedRevision)), update);
            if (result.getMatchedCount() == 0) {
                throw new ConcurrentUpdateException("Changed meanwhile: " + change.plan().id());
            }
        }
        relay.wake();
    }

    /** Marks a predecessor's plan the archive of its successor's, with its audit entry; once (false if it was already). */
    boolean markArchived(String predecessor, String masterPlanId, String successor, AuditEntry audit) {
        MongoCollection<Document> collection = tenants.databaseOf(predecessor).getCollection(COLLECTION);
        UpdateResult result = collection.updateOne(Filters.and(Filters.eq("_id", masterPlanId),
                        Filters.or(Filters.exists("archivedInto", false), Filters.eq("archivedInto", null))),
                Updates.combine(Updates.set("archivedInto", successor), Updates.inc(REVISION, 1L),
                        Updates.push(AuditEntry.FIELD, audit.toDocument())));
        return result.getModifiedCount() > 0;
    }

    private static List<Document> rawAudit(MongoCollection<Document> collection, String id) {
        Document document = collection.find(Filters.eq("_id", id)).projection(new Document(AuditEntry.FIELD, 1)).first();
        if (document == null || !document.containsKey(AuditEntry.FIELD)) {
            return List.of();
        }
        return document.getList(AuditEntry.FIELD, Document.class);
    }

    private AggregateStore<DerivedPlan> store(String provinceId) {
        if (!tenants.hosts(provinceId)) {
            throw new IllegalArgumentException("Province " + provinceId + " is not hosted here");
        }
        return stores.computeIfAbsent(provinceId, id -> new AggregateStore<>(
                tenants.database(id).getCollection(COLLECTION), DerivedPlan.class, DerivedPlan::id,
                Topics.PROVINCE_PLANS, relay));
    }
}
