package vn.lienket.province.documents;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.store.Documents;

/**
 * Import previews, one document each, in the province's own database beside its derived plans.
 * The store has no TTL indexes, so each new preview first removes those older than {@link #KEPT}.
 */
@Repository
class DerivedPlanImports {

    static final String COLLECTION = "derived_plan_imports";
    /** How long a preview is kept for review, applied or not. */
    static final Duration KEPT = Duration.ofDays(7);
    /** When it was made, as a number the cleanup compares (the record's createdAt is an ISO string). */
    private static final String CREATED = "createdAtMillis";
    private static final String STATUS = "status";

    private final Tenants tenants;

    DerivedPlanImports(Tenants tenants) {
        this.tenants = tenants;
    }

    /** Stores a new preview, after removing the province's previews past {@link #KEPT}. */
    void insert(DerivedPlanImport preview, Instant now) {
        MongoCollection<Document> collection = collection(preview.provinceId());
        collection.deleteMany(Filters.lt(CREATED, now.minus(KEPT).toEpochMilli()));
        Document document = Documents.toDocument(preview);
        document.put(CREATED, preview.createdAt().toEpochMilli());
        collection.insertOne(document);
    }

    Optional<DerivedPlanImport> find(String provinceId, String masterPlanId, String importId) {
        return Optional.ofNullable(collection(provinceId).find(Filters.and(Filters.eq("_id", importId),
                        Filters.eq("masterPlanId", masterPlanId))).first())
                .map(d -> Documents.fromDocument(d, DerivedPlanImport.class));
    }

    /** Marks a preview applied, once: false when it was applied already (or meanwhile). */
    boolean claim(String provinceId, String importId, String by, Instant at) {
        return collection(provinceId).updateOne(Filters.and(Filters.eq("_id", importId),
                        Filters.eq(STATUS, DerivedPlanImport.Status.PREVIEW.name())),
                Updates.combine(Updates.set(STATUS, DerivedPlanImport.Status.APPLIED.name()),
                        Updates.set("appliedAt", at.toString()), Updates.set("appliedBy", by))).getModifiedCount() > 0;
    }

    /** A claimed preview whose apply was refused (stale, invalid, closed plan) is a preview again. */
    void release(String provinceId, String importId) {
        collection(provinceId).updateOne(Filters.and(Filters.eq("_id", importId),
                        Filters.eq(STATUS, DerivedPlanImport.Status.APPLIED.name())),
                Updates.combine(Updates.set(STATUS, DerivedPlanImport.Status.PREVIEW.name()),
                        Updates.set("appliedAt", null), Updates.set("appliedBy", null)));
    }

    private MongoCollection<Document> collection(String provinceId) {
        return tenants.database(provinceId).getCollection(COLLECTION);
    }
}
