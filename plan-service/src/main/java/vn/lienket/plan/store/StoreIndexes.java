package vn.lienket.plan.store;

import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The indexes real MongoDB needs for plan-service's queries, created on start (creating an index
 * that exists is a no-op). The local stack's stand-in (mongo-java-server) serves only {@code _id}
 * and unique indexes and ignores these: there the queries scan, on a real replica set they do not.
 * A store that is away at start is not fatal: the queries are right without them, only slower.
 */
@Component
class StoreIndexes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StoreIndexes.class);

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

    record Indexed(String collection, List<IndexModel> indexes) {
    }

    private final MongoDatabase database;

    StoreIndexes(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            for (Indexed indexed : INDEXES) {
                database.getCollection(indexed.collection()).createIndexes(indexed.indexes());
            }
        } catch (RuntimeException e) {
            log.warn("Store indexes not created (store away?); queries work without them, only slower: {}", e.toString());
        }
    }
}
