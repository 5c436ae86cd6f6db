package vn.lienket.plan.documents;

import java.time.Instant;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lienket.support.store.Documents;

/**
 * Import previews, one document each in {@code plan_imports}. The store has no TTL indexes: each new
 * preview's write first removes those older than {@link #KEPT_DAYS} days, and {@link PreviewCleanup}
 * does so on a schedule for a service that takes no imports for a while.
 */
@Repository
class PlanImports {

    static final int KEPT_DAYS = 7;
    /** The creation time in epoch milliseconds, beside the ISO text the record keeps, for the cleanup's range query. */
    private static final String CREATED_MILLIS = "createdAtMillis";

    private final MongoCollection<Document> collection;

    PlanImports(MongoDatabase database) {
        this.collection = database.getCollection("plan_imports");
    }

    void insert(PlanImport preview) {
        removeOlderThan(preview.createdAt().minusSeconds(KEPT_DAYS * 86_400L));
        Document document = Documents.toDocument(preview);
        document.put(CREATED_MILLIS, preview.createdAt().toEpochMilli());
        collection.insertOne(document);
    }

    /** The preview, if it is one of this programme's. */
    Optional<PlanImport> find(String programmeId, String id) {
        return Optional.ofNullable(collection.find(Filters.and(Filters.eq("_id", id),
                Filters.eq("programmeId", programmeId))).first()).map(d -> Documents.fromDocument(d, PlanImport.class));
    }

    /**
     * Marks a preview applied, if it still is a preview: false when another apply got there first.
     * Done before the plan is created, so that two applies at once cannot both create one.
     */
    boolean claim(PlanImport applied) {
        return collection.updateOne(Filters.and(Filters.eq("_id", applied.id()), Filters.eq("status", PlanImport.PREVIEW)),
                Updates.combine(Updates.set("status", PlanImport.APPLIED), Updates.set("appliedAt", applied.appliedAt().toString()),
                        Updates.set("appliedBy", applied.appliedBy()), Updates.set("planId", applied.planId())))
                .getModifiedCount() == 1;
    }

    /** Records the plan a claimed preview created. */
    void markApplied(String id, String planId) {
        collection.updateOne(Filters.eq("_id", id), Updates.set("planId", planId));
    }

    /** Puts a claimed preview back when creating its plan was refused. */
    void release(String id) {
        collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", PlanImport.APPLIED)),
                Updates.combine(Updates.set("status", PlanImport.PREVIEW), Updates.set("appliedAt", null),
                        Updates.set("appliedBy", null), Updates.set("planId", null)));
    }

    long removeOlderThan(Instant cutoff) {
        return collection.deleteMany(Filters.lt(CREATED_MILLIS, cutoff.toEpochMilli())).getDeletedCount();
    }

    long count() {
        return collection.countDocuments();
    }
}
