package vn.lienket.plan.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.lienket.contracts.ActivityProgressReported;
import vn.lienket.contracts.MemberProgressMissing;
import vn.lienket.contracts.Topics;
import vn.lienket.contracts.PlanChanges;
import vn.lienket.plan.compliance.BoardMembers;
import vn.lienket.plan.masterplan.MasterPlan;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.masterplan.ReportingDeadline;
import vn.lienket.plan.programme.Programme;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.outbox.OutboxRelay;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.AggregateStore;
import vn.lienket.support.store.ConcurrentUpdateException;
import vn.lienket.support.store.Documents;
import vn.lienket.support.time.VietnamTime;
import vn.lienket.support.web.ApiException;

/** Keeps each member's reports per activity, the latest as current, and rolls them up per master activity. */
@Service
public class ProgressBoard {

    private final MongoCollection<Document> reports;
    private final AggregateStore<DeadlineNotice> notices;
    private final MasterPlans masterPlans;
    private final Programmes programmes;
    private final Clock clock;

    private final int windowDays;

    ProgressBoard(MongoDatabase database, OutboxRelay relay, MasterPlans masterPlans, Programmes programmes, Clock clock,
                  @Value("${lienket.progress.missing-report-window-days:30}") int windowDays) {
        this.windowDays = windowDays;
        this.reports = database.getCollection("progress");
        this.notices = new AggregateStore<>(database, "progress_deadline_notices", DeadlineNotice.class,
                DeadlineNotice::id, Topics.PROGRESS_DEADLINES, relay);
        this.masterPlans = masterPlans;
        this.programmes = programmes;
        this.clock = clock;
    }

    /**
     * Adds the report to the member's history of that activity; the latest report made is the
     * current one. A redelivered event changes nothing, and a late one joins the history in its
     * place without becoming current. One member's events share a partition, so they come one at
     * a time.
     */
    public void record(ActivityProgressReported event) {
        String id = MemberProgress.idOf(event.masterPlanId(), event.provinceId(), event.activityCode());
        Document stored = reports.find(Filters.eq("_id", id)).first();
        MemberProgress current = stored == null ? null : Documents.fromDocument(stored, MemberProgress.class);
        MemberProgress next = current == null ? MemberProgress.first(event) : current.recorded(event);
        if (next == current) {
            return;
        }
        reports.replaceOne(Filters.eq("_id", id), Documents.toDocument(next), new ReplaceOptions().upsert(true));
    }

    ProgressView view(String planId, Caller caller) {
        MasterPlan plan = masterPlans.find(planId).orElseThrow(() -> ApiException.notFound("No master plan " + planId)).value();
        Programme programme = programmes.get(plan.programmeId());
        BoardMembers board = BoardMembers.of(plan, programme);
        List<MemberProgress> all = reports(planId);
        var latest = masterPlans.latestVersion(planId);
        var activities = PlanChanges.byCode(latest.map(v -> v.sections()).orElse(plan.draft())).values().stream()
                .map(a -> ProgressRollUp.activity(a.code(), a.title(), all, board))
                .toList();
        List<String> notReported = board.members().stream()
                .filter(m -> all.stream().noneMatch(r -> r.memberId().equals(m))).toList();
        LocalDate today = VietnamTime.today(clock);
        List<ProgressView.Deadline> deadlines = plan.reportingDates().stream()
                .map(d -> deadline(d, today, programme, board, all)).toList();
        return new ProgressView(planId, plan.number(), plan.status(), deadlines, activities, notReported);
    }

    /**
     * Who reported in time for one deadline. Once it has passed: the members on that day that had
     * reported by its end, and those that had not. Before: who has reported so far, and no one
     * missing yet.
     */
    private static ProgressView.Deadline deadline(ReportingDeadline.ReportingDate date, LocalDate today,
                                                  Programme programme, BoardMembers board, List<MemberProgress> reports) {
        boolean passed = today.isAfter(date.date());
        List<String> members = passed ? programme.membersOn(date.date()) : board.members();
        List<String> missing = missingAt(date.date(), members, reports);
        List<String> inTime = members.stream().filter(m -> !missing.contains(m)).toList();
        return new ProgressView.Deadline(date.label(), date.date(), passed, inTime, passed ? missing : null);
    }

    /**
     * The members that had made no report by the end of the deadline day (Vietnam time). A report
     * made by then counts even if the member has updated it since: its history says it had.
     */
    static List<String> missingAt(LocalDate deadline, List<String> members, List<MemberProgress> reports) {
        return members.stream().filter(m -> reports.stream()
                .noneMatch(r -> r.memberId().equals(m) && r.reportedBy(deadline))).toList();
    }

    /**
     * For each open plan, once each of its reporting dates has passed, emits
     * {@link MemberProgressMissing} for each member (then, and still) that had not reported by it,
     * in the same write as the notice that records it was done, so each (plan, date) is told once
     * (two deadlines on one day are one notice). A closed plan's deadlines are no longer followed.
     * A member no longer one (a predecessor whose successor took its place) is not told: its
     * successor is a member from the succession's day, and answers for the deadlines after it with
     * its own reports.
     * <p>
     * Only a date passed within the last {@code lienket.progress.missing-report-window-days} (30)
     * is told: one this check missed while it was down, or that was set late, still is; the 15/12
     * of 2023 and 2024 of a 2023–2025 plan entered in 2026 are not, as nobody could have reported
     * them here. The board shows them all. Returns how many events were emitted.
     */
    int reportMissing() {
        LocalDate today = VietnamTime.today(clock);
        LocalDate oldest = today.minusDays(windowDays + 1L);
        int emitted = 0;
        for (MasterPlan plan : masterPlans.openWithReportingDeadlines()) {
            List<LocalDate> passed = plan.reportingDates().stream().map(ReportingDeadline.ReportingDate::date)
                    .filter(d -> today.isAfter(d) && !d.isBefore(oldest)).distinct().toList();
            for (LocalDate deadline : passed) {
                emitted += reportMissing(plan, deadline);
            }
        }
        return emitted;
    }

    private int reportMissing(MasterPlan plan, LocalDate deadline) {
        String id = DeadlineNotice.idOf(plan.id(), deadline);
        if (notices.find(id).isPresent()) {
            return 0;
        }
        Programme programme = programmes.get(plan.programmeId());
        List<String> members = programme.membersOn(deadline).stream().filter(programme::isMember).toList();
        List<String> missing = missingAt(deadline, members, reports(plan.id()));
        List<MemberProgressMissing> events = missing.stream().map(m -> new MemberProgressMissing(
                UUID.randomUUID().toString(), clock.instant(), programme.id(), programme.leadAuthority(), plan.id(),
                plan.number(), m, deadline)).toList();
        try {
            notices.insert(new DeadlineNotice(id, plan.id(), deadline, missing), events, new AuditEntry(clock.instant(),
                    "deadline-check", null, "progress-missing", missing.size() + " member(s) had not reported by " + deadline));
            return events.size();
        } catch (ConcurrentUpdateException e) {
            return 0; // another round told it first
        }
    }

    private List<MemberProgress> reports(String planId) {
        return reports.find(Filters.eq("planId", planId))
                .map(d -> Documents.fromDocument(d, MemberProgress.class)).into(new ArrayList<>());
    }
}
