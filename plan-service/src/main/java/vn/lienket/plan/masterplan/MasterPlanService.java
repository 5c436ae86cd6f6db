package vn.lienket.plan.masterplan;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import vn.lienket.contracts.ActivityChange;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.contracts.MasterPlanClosed;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.PlanChanges;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.plan.programme.Programme;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.web.EntityTags;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.ConcurrentUpdateException;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.time.VietnamTime;
import vn.lienket.support.web.ApiException;
import vn.lienket.text.VietnameseText;

/** Reads, edits and publishes master plans, checking that the caller may. */
@Service
public class MasterPlanService {

    private final MasterPlans masterPlans;
    private final Programmes programmes;
    private final Clock clock;

    MasterPlanService(MasterPlans masterPlans, Programmes programmes, Clock clock) {
        this.masterPlans = masterPlans;
        this.programmes = programmes;
        this.clock = clock;
    }

    List<MasterPlanView.Summary> list(String programmeId, Caller caller) {
        Programme programme = programmes.get(programmeId);
        return masterPlans.ofProgramme(programme.id()).stream()
                .sorted(Comparator.comparing(MasterPlan::id))
                .map(p -> MasterPlanView.Summary.of(p, masterPlans.latestVersion(p.id()).orElse(null)))
                .toList();
    }

    Versioned<MasterPlanView> get(String planId, Caller caller) {
        Versioned<MasterPlan> plan = plan(planId);
        return new Versioned<>(MasterPlanView.of(plan.value(), masterPlans.latestVersion(planId).orElse(null)),
                plan.revision());
    }

    public MasterPlanVersion version(String planId, int number, Caller caller) {
        return masterPlans.version(planId, number)
                .orElseThrow(() -> ApiException.notFound("Plan " + planId + " has no version " + number));
    }

    /** Replaces when members must have reported their progress; the lead authority's coordinator only. */
    Versioned<MasterPlanView> setReportingDeadlines(String planId, String ifMatch, List<ReportingDeadline> deadlines,
                                                    Caller caller) {
        return changePlan(planId, ifMatch, caller, "reporting-deadlines.set", (before, after) -> describe(deadlines),
                plan -> plan.withReportingDeadlines(deadlines));
    }

    /**
     * Replaces the header (number, title, issuer, date, citations, funding, period); the plan keeps
     * its id. A number the programme already uses in that year is a 409 naming {@code number}.
     */
    Versioned<MasterPlanView> changeHeader(String planId, String ifMatch, PlanHeader header, Caller caller) {
        return changePlan(planId, ifMatch, caller, "header.changed",
                (before, after) -> PlanHeaders.changes(before.header(), after.header()),
                plan -> {
                    PlanNumbers.requireFree(masterPlans, plan.programmeId(), header, plan.id());
                    return plan.withHeader(header);
                });
    }

    /**
     * Closes the plan when its work is done: read-only from then on, still listed and readable with
     * its history and the programme's members at that moment ({@link MasterPlan#membersAtClose()}),
     * which its boards keep whatever happens to the programme later; {@link MasterPlanClosed} goes out
     * in the same write. Only the lead closes a plan, never the clock.
     */
    public Versioned<MasterPlanView> close(String planId, String ifMatch, Caller caller) {
        int latest = masterPlans.latestVersion(planId).map(MasterPlanVersion::number).orElse(0);
        return changePlan(planId, ifMatch, caller, "plan.closed", (before, after) -> after.number() + " closed at version "
                + latest + " with its members " + String.join(", ", after.membersAtClose()),
                plan -> plan.closed(clock.instant(), caller.principal(), programmeOf(plan).members()),
                (programme, closed) -> List.of(
                new MasterPlanClosed(UUID.randomUUID().toString(), closed.closedAt(), programme.id(),
                        programme.leadAuthority(), planId, closed.number(), latest, caller.principal())));
    }

    private static String describe(List<ReportingDeadline> deadlines) {
        return deadlines.isEmpty() ? "none" : String.join("; ", deadlines.stream()
                .map(d -> d.label() + " " + (d.date() != null ? d.date() : "every year on " + d.everyYear())).toList());
    }

    /** Every change of state of the plan (draft edits, publications), oldest first; for its lead authority. */
    List<AuditEntry> audit(String planId, Caller caller) {
        plan(planId);
        return masterPlans.audit(planId);
    }

    /** Activities whose title, theme or location contains the words, typed with or without diacritics. */
    List<PlanSectionsView.Activity> search(String planId, String text, Caller caller) {
        MasterPlan plan = plan(planId).value();
        List<SectionSnapshot> sections = masterPlans.latestVersion(planId).map(MasterPlanVersion::sections)
                .orElse(plan.draft());
        return sections.stream().flatMap(s -> s.activities().stream())
                .filter(a -> VietnameseText.matches(String.join(" ", a.code(), a.title(),
                        String.valueOf(a.theme()), String.valueOf(a.location())), text))
                .map(PlanSectionsView.Activity::of)
                .toList();
    }

    /** The net changes from one published version to another (either order), field by field. */
    VersionChanges changes(String planId, int from, int to, Caller caller) {
        return VersionChanges.of(planId, from, to, changesBetween(planId, from, to, caller));
    }

    /**
     * The computation {@code GET …/changes} answers and the changes annex renders: the net changes
     * from version {@code from} to {@code to}, 404 if the plan lacks either.
     */
    public List<ActivityChange> changesBetween(String planId, int from, int to, Caller caller) {
        MasterPlanVersion older = version(planId, from, caller);
        MasterPlanVersion newer = version(planId, to, caller);
        return PlanChanges.between(older.sections(), newer.sections());
    }

    /**
     * The changes publishing the draft now would carry, computed as {@link #publish} computes them:
     * from the latest version (none before the first) to the draft.
     */
    DraftChanges draftChanges(String planId, Caller caller) {
        MasterPlan plan = plan(planId).value();
        MasterPlanVersion latest = masterPlans.latestVersion(planId).orElse(null);
        return DraftChanges.of(planId, latest == null ? 0 : latest.number(), changesToPublish(latest, plan));
    }

    private static List<ActivityChange> changesToPublish(MasterPlanVersion previous, MasterPlan plan) {
        return PlanChanges.between(previous == null ? List.of() : previous.sections(), plan.draft());
    }

    /** Applies an edit to the draft its If-Match names, if the result keeps the draft's rules. */
    Versioned<MasterPlanView> editDraft(String planId, String ifMatch, String action,
                                        UnaryOperator<List<SectionSnapshot>> edit, Caller caller) {
        return changePlan(planId, ifMatch, caller, action, (before, after) -> "draft of " + after.number(), plan -> {
            List<SectionSnapshot> sections = edit.apply(plan.draft());
            DraftRules.check(sections);
            return plan.withDraft(sections, clock.instant(), caller.principal());
        });
    }

    /**
     * Changes the plan read at the revision {@code ifMatch} names (its ETag) with its audit entry:
     * first who may (403), then whether it is open (409 once closed), then which revision (428
     * without one, 412 and nothing written if it changed since, including between this read and
     * this write).
     */
    private Versioned<MasterPlanView> changePlan(String planId, String ifMatch, Caller caller, String action,
                                                 BiFunction<MasterPlan, MasterPlan, String> detail, UnaryOperator<MasterPlan> change) {
        return changePlan(planId, ifMatch, caller, action, detail, change, (programme, plan) -> List.of());
    }

    /** As above, with the events the change causes, stored in the same write. */
    private Versioned<MasterPlanView> changePlan(String planId, String ifMatch, Caller caller, String action,
                                                 BiFunction<MasterPlan, MasterPlan, String> detail, UnaryOperator<MasterPlan> change,
                                                 BiFunction<Programme, MasterPlan, List<IntegrationEvent>> events) {
        Versioned<MasterPlan> current = plan(planId);
        Programme programme = programmeOf(current.value());
        requireOpen(current.value());
        EntityTags.require(ifMatch, current.revision());
        MasterPlan changed = change.apply(current.value());
        try {
            masterPlans.plans().update(changed, current.revision(), events.apply(programme, changed),
                    AuditEntry.by(caller, action, detail.apply(current.value(), changed), clock.instant()));
        } catch (ConcurrentUpdateException e) {
            throw EntityTags.stale(ifMatch);
        }
        return new Versioned<>(MasterPlanView.of(changed, masterPlans.latestVersion(planId).orElse(null)),
                current.revision() + 1);
    }

    /** With {@code ifMatch}, only the draft of that ETag is published (what a person reviewed); without it, the current one. */
    MasterPlanVersion publish(String planId, PublishRequest request, String ifMatch, Caller caller) {
        Versioned<MasterPlan> current = plan(planId);
        if (ifMatch != null) {
            EntityTags.require(ifMatch, current.revision());
        }
        Programme programme = programmeOf(current.value());
        requireOpen(current.value());
        if (request.revisionDueDate().isBefore(VietnamTime.today(clock))) {
            throw ApiException.invalid("revisionDueDate", "must be today or later, not " + request.revisionDueDate());
        }
        return publish(current.value(), programme, request, caller.principal(), caller.tenant());
    }

    /** Publishes the draft as the next version; also how the seed publishes version 1. */
    public MasterPlanVersion publish(MasterPlan plan, Programme programme, PublishRequest request, String by,
                                     String tenant) {
        if (request == null) {
            request = new PublishRequest(null, null);
        }
        requireOpen(plan);
        if (plan.draft().stream().allMatch(s -> s.activities().isEmpty())) {
            throw ApiException.conflict("The draft of " + plan.number() + " has no activities; nothing to publish");
        }
        MasterPlanVersion previous = masterPlans.latestVersion(plan.id()).orElse(null);
        List<ActivityChange> changes = changesToPublish(previous, plan);
        if (previous != null && changes.isEmpty()) {
            throw ApiException.conflict("The draft does not differ from version " + previous.number() + "; nothing to publish");
        }
        int number = previous == null ? 1 : previous.number() + 1;
        Instant now = clock.instant();
        MasterPlanVersion version = new MasterPlanVersion(MasterPlanVersion.idOf(plan.id(), number), plan.id(), number,
                now, by, request.revisionDueDate(), request.summary(), plan.draft(), changes, plan.header());
        MasterPlanVersionPublished event = new MasterPlanVersionPublished(UUID.randomUUID().toString(), now,
                programme.id(), programme.leadAuthority(), programme.members(), plan.id(), plan.number(), plan.title(),
                number, request.revisionDueDate(), request.summary(), plan.draft(), changes);
        masterPlans.versions().insert(version, List.of(event), new AuditEntry(now, by, tenant, "version.published",
                plan.number() + " version " + number + ", due " + request.revisionDueDate()));
        return version;
    }

    private Versioned<MasterPlan> plan(String planId) {
        return masterPlans.find(planId).orElseThrow(() -> ApiException.notFound("No master plan " + planId));
    }

    /** The plan's programme; who may read or change it is plan-service's access policy's to say. */
    private Programme programmeOf(MasterPlan plan) {
        return programmes.get(plan.programmeId());
    }

    /** 409 once the plan is closed: every write to it is refused. */
    private static MasterPlan requireOpen(MasterPlan plan) {
        if (plan.isClosed()) {
            throw PlanProblems.closed(plan);
        }
        return plan;
    }
}
