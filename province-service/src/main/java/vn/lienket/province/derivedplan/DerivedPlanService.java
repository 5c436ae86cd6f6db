package vn.lienket.province.derivedplan;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.web.EntityTags;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.ConcurrentUpdateException;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.time.VietnamTime;
import vn.lienket.support.web.ApiException;

/** Applies master versions to a tenant's derived plans and publishes the province's revisions. */
@Service
public class DerivedPlanService {

    private static final Logger log = LoggerFactory.getLogger(DerivedPlanService.class);

    private final DerivedPlans plans;
    private final Tenants tenants;
    private final Clock clock;

    DerivedPlanService(DerivedPlans plans, Tenants tenants, Clock clock) {
        this.plans = plans;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * Tells one tenant of a published master version. Idempotent: a version the plan has already
     * seen changes nothing, so redelivery and replay are harmless.
     */
    public void onMasterVersion(String provinceId, MasterPlanVersionPublished master) {
        if (!master.members().contains(provinceId)) {
            return;
        }
        var existing = plans.find(provinceId, master.planId());
        if (existing.isEmpty()) {
            plans.insert(provinceId, DerivedPlan.derive(master, provinceId, tenants.tourismUnit(provinceId), clock.instant()),
                    AuditEntry.byEvent(master, "derived-plan.created", master.planNumber() + " version " + master.version(),
                            clock.instant()));
            log.info("{} derived its plan from {} version {}", provinceId, master.planNumber(), master.version());
            return;
        }
        Versioned<DerivedPlan> current = existing.get();
        if (!current.value().isNew(master)) {
            log.debug("{} already has {} version {}", provinceId, master.planNumber(), master.version());
            return;
        }
        plans.update(provinceId, current.revision(), current.value().receive(master, clock.instant()),
                AuditEntry.byEvent(master, "revision-required", master.planNumber() + " version " + master.version()
                        + ", due " + master.revisionDueDate(), clock.instant()));
        log.info("{} must revise to {} version {} by {}", provinceId, master.planNumber(), master.version(),
                master.revisionDueDate());
    }

    /** The province's plans as this caller may see them: all of them for the province, a lead's own programmes' for a lead. */
    List<DerivedPlanView.Summary> list(String provinceId, Caller caller) {
        boolean own = caller.actsFor(provinceId);
        requireHosted(provinceId);
        return plans.all(provinceId).stream()
                .filter(p -> own || caller.actsFor(p.leadAuthority()))
                .map(DerivedPlanView.Summary::of)
                .toList();
    }

    /** The plan with its stored revision (its ETag); who may read it is the access policy's to say. */
    Versioned<DerivedPlan> get(String provinceId, String masterPlanId, Caller caller) {
        requireHosted(provinceId);
        return plans.find(provinceId, masterPlanId)
                .orElseThrow(() -> ApiException.notFound(provinceId + " has no derived plan for " + masterPlanId));
    }

    /** Publishes the next derived version: a revision to the latest master version, or the province's own edits. */
    Versioned<DerivedVersion> publish(String provinceId, String masterPlanId, String ifMatch, List<Resolution> resolutions,
                                      Caller caller) {
        Versioned<DerivedPlan> plan = write(provinceId, masterPlanId, ifMatch, caller, "version.published",
                p -> "derived version " + p.derivedVersion() + " based on master version " + p.basedOnVersion(),
                p -> p.publish(resolutions, caller.principal(), VietnamTime.today(clock), clock.instant()));
        List<DerivedVersion> history = plan.value().history();
        return new Versioned<>(history.get(history.size() - 1), plan.revision());
    }

    Versioned<DerivedPlan> editActivity(String provinceId, String masterPlanId, String ifMatch, String code,
                                        LocalFields fields, Caller caller) {
        return write(provinceId, masterPlanId, ifMatch, caller, "activity.edited", p -> code,
                p -> new DerivedPlanChange(p.editActivity(code, fields, clock.instant()), List.of()));
    }

    Versioned<DerivedPlan> addActivity(String provinceId, String masterPlanId, String ifMatch, LocalActivity activity,
                                       Caller caller) {
        return write(provinceId, masterPlanId, ifMatch, caller, "activity.added", p -> activity.code(),
                p -> new DerivedPlanChange(p.addActivity(activity, clock.instant()), List.of()));
    }

    Versioned<ProgressReport> reportProgress(String provinceId, String masterPlanId, String ifMatch, String code,
                                             ProgressReport report, Caller caller) {
        Versioned<DerivedPlan> plan = write(provinceId, masterPlanId, ifMatch, caller, "progress.reported",
                p -> code + ": " + report.status(),
                p -> p.reportProgress(code, report, caller.principal(), VietnamTime.today(clock), clock.instant()));
        List<ProgressReport> progress = plan.value().progress();
        return new Versioned<>(progress.get(progress.size() - 1), plan.revision());
    }

    /**
     * A change the province's planner makes to the plan read at the revision {@code ifMatch} names:
     * which plan (404; who may is the access policy's to say), then which revision (428 without one, 412 if it
     * changed since, including between this read and this write); stored with its events and its
     * audit entry in one write, or not at all. Returns the plan with its new revision. The ETag is
     * the document's revision, which a master version arriving bumps too: an edit prepared before
     * it is refused and reapplied on what the province now sees.
     */
    private Versioned<DerivedPlan> write(String provinceId, String masterPlanId, String ifMatch, Caller caller,
                                         String action, Function<DerivedPlan, String> detail,
                                         Function<DerivedPlan, DerivedPlanChange> change) {
        Versioned<DerivedPlan> current = writable(provinceId, masterPlanId, caller);
        EntityTags.require(ifMatch, current.revision());
        DerivedPlanChange changed = change.apply(current.value());
        try {
            plans.update(provinceId, current.revision(), changed,
                    AuditEntry.by(caller, action, detail.apply(changed.plan()), clock.instant()));
        } catch (ConcurrentUpdateException e) {
            throw EntityTags.stale(ifMatch);
        }
        return new Versioned<>(changed.plan(), current.revision() + 1);
    }

    /** The plan's trail, for whoever may read the plan. */
    List<AuditEntry> audit(String provinceId, String masterPlanId, Caller caller) {
        get(provinceId, masterPlanId, caller);
        return plans.audit(provinceId, masterPlanId);
    }

    private Versioned<DerivedPlan> writable(String provinceId, String masterPlanId, Caller caller) {
        return get(provinceId, masterPlanId, caller);
    }

    private void requireHosted(String provinceId) {
        if (!tenants.hosts(provinceId)) {
            throw ApiException.notFound("No province " + provinceId + " is hosted here");
        }
    }
}
