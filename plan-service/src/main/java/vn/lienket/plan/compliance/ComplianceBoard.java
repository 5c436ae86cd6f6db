package vn.lienket.plan.compliance;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Service;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.plan.masterplan.MasterPlan;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.programme.Programme;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.security.Caller;
import vn.lienket.support.security.Roles;
import vn.lienket.support.store.Documents;
import vn.lienket.support.time.VietnamTime;
import vn.lienket.support.web.ApiException;

/** The lead authority's board: what each member's province-service reported, read per master plan. */
@Service
public class ComplianceBoard {

    private final MongoCollection<Document> collection;
    private final MasterPlans masterPlans;
    private final Programmes programmes;
    private final Clock clock;

    ComplianceBoard(MongoDatabase database, MasterPlans masterPlans, Programmes programmes, Clock clock) {
        this.collection = database.getCollection("compliance");
        this.masterPlans = masterPlans;
        this.programmes = programmes;
        this.clock = clock;
    }

    public void record(DerivedPlanCreated event) {
        apply(event.masterPlanId(), event.provinceId(), c -> c.revised(event.basedOnVersion(), true, event.occurredAt()));
    }

    public void record(DerivedPlanRevisionRequired event) {
        apply(event.masterPlanId(), event.provinceId(),
                c -> c.notified(event.masterVersion(), event.revisionDueDate(), event.occurredAt()));
    }

    public void record(DerivedPlanRevised event) {
        apply(event.masterPlanId(), event.provinceId(),
                c -> c.revised(event.basedOnVersion(), event.onTime(), event.occurredAt()));
    }

    ComplianceView view(String planId, Caller caller) {
        MasterPlan plan = masterPlans.find(planId).orElseThrow(() -> ApiException.notFound("No master plan " + planId)).value();
        Programme programme = programmes.get(plan.programmeId());
        caller.requireTenantRole(programme.leadAuthority(), Roles.COORDINATOR);
        Map<String, MemberCompliance> reported = find(planId).stream()
                .collect(Collectors.toMap(MemberCompliance::memberId, Function.identity()));
        var today = VietnamTime.today(clock);
        List<MemberCompliance> members = programme.members().stream()
                .map(m -> reported.getOrDefault(m, MemberCompliance.pending(planId, m)).asOf(today))
                .toList();
        Integer latest = masterPlans.latestVersion(planId).map(v -> v.number()).orElse(null);
        return ComplianceView.of(planId, plan.number(), latest, members);
    }

    private List<MemberCompliance> find(String planId) {
        return collection.find(Filters.eq("planId", planId))
                .map(d -> Documents.fromDocument(d, MemberCompliance.class)).into(new java.util.ArrayList<>());
    }

    // One member's events share a partition (keyed by province), so they arrive here one at a time.
    private void apply(String planId, String memberId, UnaryOperator<MemberCompliance> change) {
        String id = MemberCompliance.idOf(planId, memberId);
        Document stored = collection.find(Filters.eq("_id", id)).first();
        MemberCompliance current = stored == null ? MemberCompliance.pending(planId, memberId)
                : Documents.fromDocument(stored, MemberCompliance.class);
        MemberCompliance next = change.apply(current);
        if (next != current) {
            collection.replaceOne(Filters.eq("_id", id), Documents.toDocument(next), new ReplaceOptions().upsert(true));
        }
    }
}
