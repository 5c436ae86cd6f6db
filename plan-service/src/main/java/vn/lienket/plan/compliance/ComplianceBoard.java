package vn.lienket.plan.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.contracts.MemberRevisionOverdue;
import vn.lienket.contracts.MemberRevisionReminder;
import vn.lienket.contracts.Topics;
import vn.lienket.plan.masterplan.MasterPlan;
import vn.lienket.plan.masterplan.MasterPlanVersion;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.programme.Programme;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.outbox.OutboxRelay;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.AggregateStore;
import vn.lienket.support.store.ConcurrentUpdateException;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.time.VietnamTime;
import vn.lienket.support.web.ApiException;

/** The lead authority's board: what each member's province-service reported, read per master plan. */
@Service
public class ComplianceBoard {

    private static final Logger log = LoggerFactory.getLogger(ComplianceBoard.class);

    private final AggregateStore<MemberCompliance> rows;
    private final MasterPlans masterPlans;
    private final Programmes programmes;
    private final Clock clock;
    private final List<Integer> reminderDays;

    ComplianceBoard(MongoDatabase database, OutboxRelay relay, MasterPlans masterPlans, Programmes programmes, Clock clock,
                    @Value("${lienket.compliance.reminder-days-before:7,1}") List<Integer> reminderDays) {
        this.reminderDays = List.copyOf(reminderDays);
        this.rows = new AggregateStore<>(database.getCollection("compliance"), MemberCompliance.class,
                MemberCompliance::id, Topics.COMPLIANCE, relay);
        this.masterPlans = masterPlans;
        this.programmes = programmes;
        this.clock = clock;
    }

    public void record(DerivedPlanCreated event) {
        apply(event.masterPlanId(), event.provinceId(), event,
                c -> c.revised(event.basedOnVersion(), true, event.occurredAt()));
    }

    public void record(DerivedPlanRevisionRequired event) {
        apply(event.masterPlanId(), event.provinceId(), event,
                c -> c.notified(event.masterVersion(), event.revisionDueDate(), event.occurredAt()));
    }

    public void record(DerivedPlanRevised event) {
        apply(event.masterPlanId(), event.provinceId(), event,
                c -> c.revised(event.basedOnVersion(), event.onTime(), event.occurredAt()));
    }

    /**
     * A successor took over its predecessors' derived plans of this master plan: its standing is
     * what it took over (told of the latest version and its due date, or revised). Once per
     * succession: a redelivered event changes nothing.
     */
    public void record(DerivedPlanTakenOver event) {
        apply(event.masterPlanId(), event.provinceId(), event,
                c -> c.takenOver(event.successionId(), event.status(), event.basedOnVersion(),
                        event.latestMasterVersion(), event.revisionDueDate(), event.occurredAt()),
                next -> "taken-over", next -> event.provinceId() + " took over " + String.join(", ", event.predecessors())
                        + " (" + event.successionId() + ", " + event.status() + "): "
                        + next.status().name().toLowerCase(Locale.ROOT) + " on version " + next.requiredVersion());
    }

    ComplianceView view(String planId, Caller caller) {
        MasterPlan plan = plan(planId);
        BoardMembers board = BoardMembers.of(plan, programmes.get(plan.programmeId()));
        Map<String, MemberCompliance> reported = rows.findAll(Filters.eq("planId", planId)).stream()
                .collect(Collectors.toMap(MemberCompliance::memberId, Function.identity()));
        var latest = masterPlans.latestVersion(planId);
        return ComplianceView.of(planId, plan.number(), latest.map(ComplianceBoard::latest).orElse(ComplianceView.Latest.NONE),
                VietnamTime.today(clock), board, m -> reported.getOrDefault(m, MemberCompliance.pending(planId, m)),
                day -> latest.map(v -> latestBefore(v, day)).orElse(ComplianceView.Latest.NONE));
    }

    private static ComplianceView.Latest latest(MasterPlanVersion version) {
        return new ComplianceView.Latest(version.number(), version.revisionDueDate());
    }

    /** The latest version published before {@code day} (Vietnam time), walking back from {@code latest}. */
    private ComplianceView.Latest latestBefore(MasterPlanVersion latest, LocalDate day) {
        Optional<MasterPlanVersion> at = Optional.of(latest);
        while (at.isPresent() && !VietnamTime.dateOf(at.get().publishedAt()).isBefore(day)) {
            int number = at.get().number() - 1;
            at = number < 1 ? Optional.empty() : masterPlans.version(latest.planId(), number);
        }
        return at.map(ComplianceBoard::latest).orElse(ComplianceView.Latest.NONE);
    }

    /** How the board came to be: each member's changes and what caused them, oldest first. */
    List<AuditEntry> audit(String planId, Caller caller) {
        plan(planId);
        return rows.findAll(Filters.eq("planId", planId)).stream().flatMap(r -> rows.audit(r.id()).stream())
                .sorted(Comparator.comparing(AuditEntry::at)).toList();
    }

    /**
     * The scheduled look at every NOTIFIED member's due date. Past it: the member is marked OVERDUE
     * and {@link MemberRevisionOverdue} is emitted, once per required version. Within the reminder
     * days before it: {@link MemberRevisionReminder} is emitted, once per reminder. Each event goes
     * out in the same write as the mark that stops it being sent again; a row changed meanwhile is
     * left for the next round. Returns how many events were emitted.
     * <p>
     * A row carries a version's due date only once the member's province-service has reported it
     * was told of that version, so the check for version n only ever reaches members told of n: a
     * member the notice has not reached (a store or broker away) is PENDING on the board, never
     * OVERDUE. A member told late keeps the plan's due date, the one every other member has; if it
     * had already passed, the member is overdue from the moment it is told, and the board shows it
     * was told after the due date ({@code toldAfterDueDate}) so the lead can judge it fairly.
     * <p>
     * A closed plan's rows are left as they are: its work is done, and nobody is reminded of it.
     * Nor is one that is no longer a member of the programme (a predecessor whose successor took
     * its place, with what it still had to do): its row stays as it was when it was succeeded.
     */
    int checkDeadlines() {
        LocalDate today = VietnamTime.today(clock);
        int emitted = 0;
        Map<String, Optional<Programme>> followed = new HashMap<>();
        for (MemberCompliance listed : rows.findAll(Filters.eq("status", ComplianceStatus.NOTIFIED.name()))) {
            Optional<Programme> ofPlan = followed.computeIfAbsent(listed.planId(), this::followed);
            if (ofPlan.isEmpty() || !ofPlan.get().isMember(listed.memberId())) {
                continue;
            }
            // decided on the row as it is now, and written only at that revision: another instance's check that
            // told it first has moved it on, so each overdue notice and reminder goes once
            Optional<Versioned<MemberCompliance>> read = rows.find(listed.id());
            if (read.isEmpty() || read.get().value().status() != ComplianceStatus.NOTIFIED) {
                continue;
            }
            Versioned<MemberCompliance> current = read.get();
            MemberCompliance row = current.value();
            if (row.overdueUnreported(today)) {
                emitted += emit(current, (plan, programme) -> new MemberRevisionOverdue(UUID.randomUUID().toString(),
                        clock.instant(), programme.id(), programme.leadAuthority(), plan.id(), plan.number(),
                        row.memberId(), row.requiredVersion(), row.dueDate()),
                        MemberCompliance::reportedOverdue, "overdue",
                        row.memberId() + " on version " + row.requiredVersion() + ", due " + row.dueDate());
            } else {
                Optional<Integer> reminder = row.reminderDue(today, reminderDays);
                if (reminder.isPresent()) {
                    int days = reminder.get();
                    emitted += emit(current, (plan, programme) -> new MemberRevisionReminder(UUID.randomUUID().toString(),
                            clock.instant(), programme.id(), programme.leadAuthority(), plan.id(), plan.number(),
                            row.memberId(), row.requiredVersion(), row.dueDate(),
                            (int) ChronoUnit.DAYS.between(today, row.dueDate())),
                            r -> r.reminded(days), "reminded",
                            row.memberId() + " on version " + row.requiredVersion() + ": " + days + "-day reminder, due "
                                    + row.dueDate());
                }
            }
        }
        return emitted;
    }

    private int emit(Versioned<MemberCompliance> current, BiFunction<MasterPlan, Programme, IntegrationEvent> event,
                     UnaryOperator<MemberCompliance> mark, String action, String detail) {
        MemberCompliance row = current.value();
        MasterPlan plan = plan(row.planId());
        Programme programme = programmes.get(plan.programmeId());
        try {
            rows.update(mark.apply(row), current.revision(), List.of(event.apply(plan, programme)),
                    new AuditEntry(clock.instant(), "deadline-check", null, action, detail));
            log.info("{} on {}: {}", row.memberId(), plan.number(), detail);
            return 1;
        } catch (ConcurrentUpdateException e) {
            log.debug("Compliance row {} changed meanwhile (another instance's check?); next round", row.id());
            return 0;
        }
    }

    /**
     * A plan's due dates are followed while it is open, for the members of its programme; a closed
     * (or unknown) plan's are not (empty).
     */
    private Optional<Programme> followed(String planId) {
        return masterPlans.find(planId).map(Versioned::value).filter(p -> !p.isClosed())
                .flatMap(p -> programmes.find(p.programmeId()));
    }

    private MasterPlan plan(String planId) {
        return masterPlans.find(planId).orElseThrow(() -> ApiException.notFound("No master plan " + planId)).value();
    }

    // One member's events share a partition (keyed by province), so they arrive here one at a time;
    // a clash with the overdue check fails the write and the event is retried.
    private void apply(String planId, String memberId, IntegrationEvent cause, UnaryOperator<MemberCompliance> change) {
        apply(planId, memberId, cause, change, next -> next.status().name().toLowerCase(Locale.ROOT),
                next -> memberId + " on version " + next.requiredVersion());
    }

    private void apply(String planId, String memberId, IntegrationEvent cause, UnaryOperator<MemberCompliance> change,
                       Function<MemberCompliance, String> action, Function<MemberCompliance, String> detail) {
        String id = MemberCompliance.idOf(planId, memberId);
        var stored = rows.find(id);
        MemberCompliance current = stored.map(Versioned::value).orElse(MemberCompliance.pending(planId, memberId));
        MemberCompliance next = change.apply(current);
        if (next == current) {
            return;
        }
        AuditEntry audit = AuditEntry.byEvent(cause, action.apply(next), detail.apply(next), clock.instant());
        if (stored.isEmpty()) {
            rows.insert(next, List.of(), audit);
        } else {
            rows.update(next, stored.get().revision(), List.of(), audit);
        }
    }
}
