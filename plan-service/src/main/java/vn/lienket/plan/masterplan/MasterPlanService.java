package vn.lienket.plan.masterplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import vn.lienket.access.Roles;
import vn.lienket.contracts.ActivityChange;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.PlanChanges;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.plan.programme.Programme;
import vn.lienket.sms.VietnameseText;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.web.EntityTags;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.ConcurrentUpdateException;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.time.VietnamTime;
import vn.lienket.support.web.ApiException;

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
        Programme programme = readable(programmeId, caller);
        return masterPlans.ofProgramme(programme.id()).stream()
                .sorted(java.util.Comparator.comparing(MasterPlan::id))
                .map(p -> new MasterPlanView.Summary(p.id(), p.programmeId(), p.number(), p.title(),
                        masterPlans.latestVersion(p.id()).map(MasterPlanVersion::number).orElse(null)))
                .toList();
    }

    Versioned<MasterPlanView> get(String planId, Caller caller) {
        Versioned<MasterPlan> plan = plan(planId);
        readable(plan.value().programmeId(), caller);
        return new Versioned<>(MasterPlanView.of(plan.value(), masterPlans.latestVersion(planId).orElse(null)),
                plan.revision());
    }

    MasterPlanVersion version(String planId, int number, Caller caller) {
        readable(plan(planId).value().programmeId(), caller);
        return masterPlans.version(planId, number)
                .orElseThrow(() -> ApiException.notFound("Plan " + planId + " has no version " + number));
    }

    /** Sets when members must have reported their progress; the lead authority's coordinator only. */
    Versioned<MasterPlanView> setReportingDeadline(String planId, String ifMatch, LocalDate deadline, Caller caller) {
        return changePlan(planId, ifMatch, caller, "reporting-deadline.set", plan -> String.valueOf(deadline),
                plan -> plan.withReportingDeadline(deadline));
    }

    /** Every change of state of the plan (draft edits, publications), oldest first; for its lead authority. */
    List<AuditEntry> audit(String planId, Caller caller) {
        requireLead(plan(planId).value(), caller);
        return masterPlans.audit(planId);
    }

    /** Activities whose title, theme or location contains the words, typed with or without diacritics. */
    List<PlanSectionsView.Activity> search(String planId, String text, Caller caller) {
        MasterPlan plan = plan(planId).value();
        readable(plan.programmeId(), caller);
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
        MasterPlanVersion older = version(planId, from, caller);
        MasterPlanVersion newer = version(planId, to, caller);
        return VersionChanges.of(planId, from, to, PlanChanges.between(older.sections(), newer.sections()));
    }

    /** Applies an edit to the draft its If-Match names, if the result keeps the draft's rules. */
    Versioned<MasterPlanView> editDraft(String planId, String ifMatch, String action,
                                        UnaryOperator<List<SectionSnapshot>> edit, Caller caller) {
        return changePlan(planId, ifMatch, caller, action, plan -> "draft of " + plan.number(), plan -> {
            List<SectionSnapshot> sections = edit.apply(plan.draft());
            DraftRules.check(sections);
            return plan.withDraft(sections, clock.instant(), caller.principal());
        });
    }

    /**
     * Changes the plan read at the revision {@code ifMatch} names (its ETag) with its audit entry:
     * first who may (403), then which revision (428 without one, 412 and nothing written if it
     * changed since, including between this read and this write).
     */
    private Versioned<MasterPlanView> changePlan(String planId, String ifMatch, Caller caller, String action,
                                                 Function<MasterPlan, String> detail, UnaryOperator<MasterPlan> change) {
        Versioned<MasterPlan> current = plan(planId);
        requireLead(current.value(), caller);
        EntityTags.require(ifMatch, current.revision());
        MasterPlan changed = change.apply(current.value());
        try {
            masterPlans.plans().update(changed, current.revision(), List.of(),
                    AuditEntry.by(caller, action, detail.apply(changed), clock.instant()));
        } catch (ConcurrentUpdateException e) {
            throw EntityTags.stale(ifMatch);
        }
        return new Versioned<>(MasterPlanView.of(changed, masterPlans.latestVersion(planId).orElse(null)),
                current.revision() + 1);
    }

    MasterPlanVersion publish(String planId, PublishRequest request, Caller caller) {
        Versioned<MasterPlan> current = plan(planId);
        Programme programme = requireLead(current.value(), caller);
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
        MasterPlanVersion previous = masterPlans.latestVersion(plan.id()).orElse(null);
        List<ActivityChange> changes = PlanChanges.between(previous == null ? List.of() : previous.sections(), plan.draft());
        if (previous != null && changes.isEmpty()) {
            throw ApiException.conflict("The draft does not differ from version " + previous.number() + "; nothing to publish");
        }
        int number = previous == null ? 1 : previous.number() + 1;
        Instant now = clock.instant();
        MasterPlanVersion version = new MasterPlanVersion(MasterPlanVersion.idOf(plan.id(), number), plan.id(), number,
                now, by, request.revisionDueDate(), request.summary(), plan.draft(), changes);
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

    private Programme readable(String programmeId, Caller caller) {
        Programme programme = programmes.get(programmeId);
        if (!programme.isParticipant(caller.tenant())) {
            throw ApiException.forbidden(caller.tenant() + " is not part of programme " + programmeId);
        }
        return programme;
    }

    private Programme requireLead(MasterPlan plan, Caller caller) {
        Programme programme = programmes.get(plan.programmeId());
        caller.requireTenantRole(programme.leadAuthority(), Roles.COORDINATOR);
        return programme;
    }
}
