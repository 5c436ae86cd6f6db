package vn.lienket.plan.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Service;
import vn.lienket.contracts.ActivityProgressReported;
import vn.lienket.contracts.PlanChanges;
import vn.lienket.plan.masterplan.MasterPlan;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.programme.Programme;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.security.Caller;
import vn.lienket.support.security.Roles;
import vn.lienket.support.store.Documents;
import vn.lienket.support.time.VietnamTime;
import vn.lienket.support.web.ApiException;

/** Keeps each member's latest report per activity and rolls them up per master activity. */
@Service
public class ProgressBoard {

    private final MongoCollection<Document> reports;
    private final MasterPlans masterPlans;
    private final Programmes programmes;
    private final Clock clock;

    ProgressBoard(MongoDatabase database, MasterPlans masterPlans, Programmes programmes, Clock clock) {
        this.reports = database.getCollection("progress");
        this.masterPlans = masterPlans;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** Keeps the report unless a later one is already kept: redelivered or late events change nothing. */
    public void record(ActivityProgressReported event) {
        String id = MemberProgress.idOf(event.masterPlanId(), event.provinceId(), event.activityCode());
        Document stored = reports.find(Filters.eq("_id", id)).first();
        if (stored != null && !Documents.fromDocument(stored, MemberProgress.class).reportedAt().isBefore(event.occurredAt())) {
            return;
        }
        reports.replaceOne(Filters.eq("_id", id), Documents.toDocument(new MemberProgress(id, event.masterPlanId(),
                event.provinceId(), event.activityCode(), event.masterActivityCode(), event.status(), event.asOf(),
                event.note(), event.occurredAt())), new ReplaceOptions().upsert(true));
    }

    ProgressView view(String planId, Caller caller) {
        MasterPlan plan = masterPlans.find(planId).orElseThrow(() -> ApiException.notFound("No master plan " + planId)).value();
        Programme programme = programmes.get(plan.programmeId());
        caller.requireTenantRole(programme.leadAuthority(), Roles.COORDINATOR);
        List<MemberProgress> all = reports.find(Filters.eq("planId", planId))
                .map(d -> Documents.fromDocument(d, MemberProgress.class)).into(new java.util.ArrayList<>());
        var latest = masterPlans.latestVersion(planId);
        var activities = PlanChanges.byCode(latest.map(v -> v.sections()).orElse(plan.draft())).values().stream()
                .map(a -> activity(a.code(), a.title(), all))
                .toList();
        List<String> notReported = programme.members().stream()
                .filter(m -> all.stream().noneMatch(r -> r.memberId().equals(m))).toList();
        LocalDate deadline = plan.reportingDeadline();
        List<String> missing = deadline == null || !VietnamTime.today(clock).isAfter(deadline) ? null
                : programme.members().stream().filter(m -> all.stream().noneMatch(r -> r.memberId().equals(m)
                        && !r.reportedAt().atZone(VietnamTime.ZONE).toLocalDate().isAfter(deadline))).toList();
        return new ProgressView(planId, plan.number(), deadline, activities, notReported, missing);
    }

    private static ProgressView.Activity activity(String code, String title, List<MemberProgress> all) {
        List<MemberProgress> onIt = all.stream().filter(r -> code.equals(r.masterActivityCode())).toList();
        Map<String, Long> byStatus = onIt.stream()
                .collect(Collectors.groupingBy(MemberProgress::status, TreeMap::new, Collectors.counting()));
        return new ProgressView.Activity(code, title, byStatus, onIt.stream()
                .map(r -> new ProgressView.Report(r.memberId(), r.status(), r.asOf(), r.note())).toList());
    }
}
