package vn.lienket.province.derivedplan;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.support.security.Roles;
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

    List<DerivedPlanView.Summary> list(String provinceId, Caller caller) {
        boolean own = caller.actsFor(provinceId);
        requireHosted(provinceId, caller, own);
        List<DerivedPlan> readable = plans.all(provinceId).stream()
                .filter(p -> own || leadReads(p, caller))
                .toList();
        if (!own && readable.isEmpty()) {
            throw ApiException.forbidden("A token for " + caller.tenant() + " cannot read " + provinceId);
        }
        return readable.stream().map(DerivedPlanView.Summary::of).toList();
    }

    DerivedPlan get(String provinceId, String masterPlanId, Caller caller) {
        boolean own = caller.actsFor(provinceId);
        requireHosted(provinceId, caller, own);
        DerivedPlan plan = plans.find(provinceId, masterPlanId).map(Versioned::value).orElse(null);
        if (!own && (plan == null || !leadReads(plan, caller))) {
            throw ApiException.forbidden("A token for " + caller.tenant() + " cannot read " + provinceId);
        }
        if (plan == null) {
            throw ApiException.notFound(provinceId + " has no derived plan for " + masterPlanId);
        }
        return plan;
    }

    /** Publishes the next derived version: a revision to the latest master version, or the province's own edits. */
    DerivedVersion publish(String provinceId, String masterPlanId, List<Resolution> resolutions, Caller caller) {
        DerivedPlan plan = write(provinceId, masterPlanId, caller, "version.published",
                p -> "derived version " + p.derivedVersion() + " based on master version " + p.basedOnVersion(),
                p -> p.publish(resolutions, caller.principal(), VietnamTime.today(clock), clock.instant()));
        return plan.history().get(plan.history().size() - 1);
    }

    DerivedPlan editActivity(String provinceId, String masterPlanId, String code, LocalFields fields, Caller caller) {
        return write(provinceId, masterPlanId, caller, "activity.edited", p -> code,
                p -> new DerivedPlanChange(p.editActivity(code, fields, clock.instant()), List.of()));
    }

    DerivedPlan addActivity(String provinceId, String masterPlanId, LocalActivity activity, Caller caller) {
        return write(provinceId, masterPlanId, caller, "activity.added", p -> activity.code(),
                p -> new DerivedPlanChange(p.addActivity(activity, clock.instant()), List.of()));
    }

    ProgressReport reportProgress(String provinceId, String masterPlanId, String code, ProgressReport report,
                                  Caller caller) {
        DerivedPlan plan = write(provinceId, masterPlanId, caller, "progress.reported", p -> code + ": " + report.status(),
                p -> p.reportProgress(code, report, caller.principal(), VietnamTime.today(clock), clock.instant()));
        return plan.progress().get(plan.progress().size() - 1);
    }

    /** A change the province's planner makes: stored with its events and its audit entry in one write. */
    private DerivedPlan write(String provinceId, String masterPlanId, Caller caller, String action,
                              Function<DerivedPlan, String> detail, Function<DerivedPlan, DerivedPlanChange> change) {
        Versioned<DerivedPlan> current = writable(provinceId, masterPlanId, caller);
        DerivedPlanChange changed = change.apply(current.value());
        plans.update(provinceId, current.revision(), changed,
                AuditEntry.by(caller, action, detail.apply(changed.plan()), clock.instant()));
        return changed.plan();
    }

    /** The plan's trail, for whoever may read the plan. */
    List<AuditEntry> audit(String provinceId, String masterPlanId, Caller caller) {
        get(provinceId, masterPlanId, caller);
        return plans.audit(provinceId, masterPlanId);
    }

    /** Only the province's own planners change its plan. */
    private Versioned<DerivedPlan> writable(String provinceId, String masterPlanId, Caller caller) {
        caller.requireTenantRole(provinceId, Roles.PLANNER);
        requireHosted(provinceId, caller, true);
        return plans.find(provinceId, masterPlanId)
                .orElseThrow(() -> ApiException.notFound(provinceId + " has no derived plan for " + masterPlanId));
    }

    private void requireHosted(String provinceId, Caller caller, boolean own) {
        if (!own && !caller.hasRole(Roles.COORDINATOR)) {
            throw ApiException.forbidden("A token for " + caller.tenant() + " cannot read " + provinceId);
        }
        if (!tenants.hosts(provinceId)) {
            throw ApiException.notFound("No province " + provinceId + " is hosted here");
        }
    }

    /** The lead authority of a plan's programme may read it, never change it. */
    private static boolean leadReads(DerivedPlan plan, Caller caller) {
        return caller.actsFor(plan.leadAuthority()) && caller.hasRole(Roles.COORDINATOR);
    }
}
