package vn.lienket.plan.store;

import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.springframework.stereotype.Component;
import vn.lienket.support.store.IndexesOnStart;

/** The indexes real MongoDB needs for plan-service's queries, created on start ({@link IndexesOnStart}). */
@Component
class StoreIndexes extends IndexesOnStart {

    /** Collection, then its indexes, each named after the query it serves. */
    static final List<Indexed> INDEXES = List.of(
            // ComplianceBoard: a plan's board; the deadline check's NOTIFIED rows
            new Indexed("compliance", List.of(
                    new IndexModel(Indexes.ascending("planId"), new IndexOptions().name("by_plan")),
                    new IndexModel(Indexes.ascending("status"), new IndexOptions().name("by_status")))),
            // ProgressBoard: a plan's reports
            new Indexed("progress", List.of(
                    new IndexModel(Indexes.ascending("planId"), new IndexOptions().name("by_plan")))),
            // MasterPlans: a programme's plans; open plans for the missing-reports check
            new Indexed("master_plans", List.of(
                    new IndexModel(Indexes.ascending("programmeId"), new IndexOptions().name("by_programme")),
                    new IndexModel(Indexes.ascending("status"), new IndexOptions().name("by_status")))),
            // MasterPlans: a plan's versions, the latest first
            new Indexed("master_plan_versions", List.of(
                    new IndexModel(Indexes.compoundIndex(Indexes.ascending("planId"), Indexes.descending("number")),
                            new IndexOptions().name("by_plan_latest")))),
            // PlanImports: the cleanup of old previews
            new Indexed("plan_imports", List.of(
                    new IndexModel(Indexes.ascending("createdAtMillis"), new IndexOptions().name("by_age")))),
            // Successions: those of an authority, as successor or predecessor
            new Indexed("authority_successions", List.of(
                    new IndexModel(Indexes.ascending("successor"), new IndexOptions().name("by_successor")),
                    new IndexModel(Indexes.ascending("predecessors"), new IndexOptions().name("by_predecessor")))));


    StoreIndexes(MongoDatabase database) {
        super(database, INDEXES);
    }
}
