package vn.lienket.plan.masterplan;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.springframework.stereotype.Repository;
import vn.lienket.contracts.Topics;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.outbox.OutboxRelay;
import vn.lienket.support.store.AggregateStore;
import vn.lienket.support.store.Versioned;

/** Master plans and their versions. A version document carries its own outbox entry: publishing is one write. */
@Repository
public class MasterPlans {

    private final AggregateStore<MasterPlan> plans;
    private final AggregateStore<MasterPlanVersion> versions;

    MasterPlans(MongoDatabase database, OutboxRelay relay) {
        this.plans = new AggregateStore<>(database, "master_plans", MasterPlan.class, MasterPlan::id,
                Topics.MASTER_PLANS, relay);
        this.versions = new AggregateStore<>(database, "master_plan_versions", MasterPlanVersion.class,
                MasterPlanVersion::id, Topics.MASTER_PLANS, relay);
    }

    public Optional<Versioned<MasterPlan>> find(String planId) {
        return plans.find(planId);
    }

    /** A new plan with its first draft; nothing is published until a version is. */
    public void create(MasterPlan plan, AuditEntry audit) {
        plans.insert(plan, List.of(), audit);
    }

    /** The plan's trail and its versions', oldest first. */
    List<AuditEntry> audit(String planId) {
        List<AuditEntry> trail = new java.util.ArrayList<>(plans.audit(planId));
        versions.findAll(Filters.eq("planId", planId)).forEach(v -> trail.addAll(versions.audit(v.id())));
        trail.sort(java.util.Comparator.comparing(AuditEntry::at));
        return trail;
    }

    /** Open plans that have reporting deadlines: the ones whose deadlines are still followed. */
    public List<MasterPlan> openWithReportingDeadlines() {
        return plans.findAll(Filters.ne("status", MasterPlan.CLOSED)).stream()
                .filter(p -> !p.reportingDeadlines().isEmpty()).toList();
    }

    public List<MasterPlan> ofProgramme(String programmeId) {
        return plans.findAll(Filters.eq("programmeId", programmeId));
    }

    public Optional<MasterPlanVersion> latestVersion(String planId) {
        return versions.findFirst(Filters.eq("planId", planId), Sorts.descending("number"));
    }

    public Optional<MasterPlanVersion> version(String planId, int number) {
        return versions.find(MasterPlanVersion.idOf(planId, number)).map(Versioned::value);
    }

    AggregateStore<MasterPlan> plans() {
        return plans;
    }

    AggregateStore<MasterPlanVersion> versions() {
        return versions;
    }
}
