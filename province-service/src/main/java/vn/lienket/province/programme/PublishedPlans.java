package vn.lienket.province.programme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lienket.contracts.MasterPlanClosed;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.support.store.Documents;

/**
 * The latest published version of every master plan, and whether it was closed: what a member that
 * joins is derived from (one derived plan at the latest version, not one alert per version it
 * missed). Versions only move forward, so a redelivered or older version changes nothing.
 */
@Repository
public class PublishedPlans {

    private final MongoCollection<Document> plans;

    PublishedPlans(MongoDatabase database) {
        this.plans = database.getCollection("published_plans");
    }

    /** The plan's latest version and, once the lead closed it, when. */
    public record Plan(String id, String programmeId, int version, MasterPlanVersionPublished latest, Instant closedAt) {

        public boolean closed() {
            return closedAt != null;
        }
    }

    /** Keeps the version if it is the plan's latest; true when it is news (a newer version than the one kept). */
    public boolean record(MasterPlanVersionPublished version) {
        Optional<Plan> known = find(version.planId());
        if (known.isPresent() && known.get().version() >= version.version()) {
            return false;
        }
        Document document = Documents.toDocument(new Plan(version.planId(), version.programmeId(), version.version(),
                version, known.map(Plan::closedAt).orElse(null)));
        try {
            UpdateResult result = plans.replaceOne(Filters.and(Filters.eq("_id", version.planId()),
                            Filters.or(Filters.exists("version", false), Filters.lt("version", version.version()))),
                    document, new ReplaceOptions().upsert(true));
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // a newer version was kept meanwhile
            }
            throw e;
        }
    }

    /** Marks the plan closed; a close that comes before any of its versions is kept for them. */
    public void closed(MasterPlanClosed closed) {
        if (find(closed.planId()).map(Plan::closed).orElse(false)) {
            return;
        }
        plans.updateOne(Filters.eq("_id", closed.planId()), Updates.combine(
                Updates.set("closedAt", closed.occurredAt().toString()),
                Updates.setOnInsert("programmeId", closed.programmeId()), Updates.setOnInsert("version", 0)),
                new UpdateOptions().upsert(true));
    }

    public Optional<Plan> find(String planId) {
        return Optional.ofNullable(plans.find(Filters.eq("_id", planId)).first()).map(d -> Documents.fromDocument(d, Plan.class));
    }

    /** The programme's plans with at least one published version. */
    public List<Plan> ofProgramme(String programmeId) {
        return plans.find(Filters.and(Filters.eq("programmeId", programmeId), Filters.gt("version", 0)))
                .map(d -> Documents.fromDocument(d, Plan.class)).into(new java.util.ArrayList<>());
    }
}
