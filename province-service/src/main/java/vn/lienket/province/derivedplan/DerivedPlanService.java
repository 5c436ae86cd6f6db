package vn.lienket.province.derivedplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.lienket.access.Archives;
import vn.lienket.contracts.MasterPlanClosed;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.ProgrammeSnapshot;
import vn.lienket.contracts.ProgrammeSuccessionApplied;
import vn.lienket.province.programme.Membership;
import vn.lienket.province.programme.Programmes;
import vn.lienket.province.programme.PublishedPlans;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.web.EntityTags;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.ConcurrentUpdateException;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.time.VietnamTime;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/** Applies master versions to a tenant's derived plans, as its membership says, and publishes the province's revisions. */
@Service
public class DerivedPlanService {

    private static final Logger log = LoggerFactory.getLogger(DerivedPlanService.class);

    private final Archives archives;
    private final DerivedPlans plans;
    private final Tenants tenants;
    private final Programmes programmes;
    private final PublishedPlans publishedPlans;
    private final Clock clock;

    DerivedPlanService(DerivedPlans plans, Tenants tenants, Programmes programmes, PublishedPlans publishedPlans,
                       Archives archives, Clock clock) {
        this.archives = archives;
        this.plans = plans;
        this.tenants = tenants;
        this.programmes = programmes;
        this.publishedPlans = publishedPlans;
        this.clock = clock;
    }

    /**
     * Tells one tenant of a published master version, if the programme's membership says the
     * tenant is told of it: a member on the day it was published, or one now (it joined later and
     * catches up); never the {@code members} the version names, which were the members then. A
     * plan the tenant has not got yet is derived at the latest version kept of it, so a member that
     * joins, or a tenant reading the topic from its start, gets one plan and one
     * {@code DerivedPlanCreated} however many versions it missed, and no revision for each of
     * them. Idempotent: a version the plan has already seen, or any version of a closed plan,
     * changes nothing, so redelivery and replay are harmless.
     */
    public void onMasterVersion(String provinceId, MasterPlanVersionPublished master) {
        Optional<Membership> membership = programmes.membership(master.programmeId(), provinceId);
        if (membership.isEmpty()
                || !membership.get().toldOf(VietnamTime.dateOf(master.occurredAt()), VietnamTime.today(clock))) {
            log.debug("{} is not told of {} version {}: no member of {} then or now", provinceId, master.planNumber(),
                    master.version(), master.programmeId());
            return;
        }
        while (true) {
            var existing = plans.find(provinceId, master.planId());
            if (existing.isEmpty()) {
                if (derive(provinceId, master, membership.get())) {
                    return;
                }
                continue; // derived meanwhile by the catch-up: this version may still be news to it
            }
            Versioned<DerivedPlan> current = existing.get();
            if (current.value().closed() || !current.value().isNew(master)) {
                log.debug("{} already has {} version {} (or the plan is closed)", provinceId, master.planNumber(),
                        master.version());
                return;
            }
            try {
                plans.update(provinceId, current, current.value().receive(master, clock.instant()),
                        AuditEntry.byEvent(master, "revision-required", master.planNumber() + " version " + master.version()
                                + ", due " + master.revisionDueDate(), clock.instant()));
            } catch (ConcurrentUpdateException e) {
                continue; // written meanwhile (an edit, another instance's consumer): this version may still be news
            }
            log.info("{} must revise to {} version {} by {}", provinceId, master.planNumber(), master.version(),
                    master.revisionDueDate());
            return;
        }
    }

    /**
     * A member that joins, or a plan first kept after the member joined: the tenant's plan derived
     * at the latest version, if it has none (one it has is told of new versions by its consumer).
     */
    public void catchUp(String provinceId, MasterPlanVersionPublished latest, Membership membership) {
        // asked for every member on every version: whether the plan exists, not the plan itself
        if (!plans.exists(provinceId, latest.planId())) {
            derive(provinceId, latest, membership);
        }
    }

    /**
     * A succession applied to a programme: the successor takes over each predecessor's plan of
     * every plan of the programme still open ({@link Takeover}), in the successor's database, with
     * the predecessors' trail and one {@code DerivedPlanTakenOver} per plan, in one write; then each
     * predecessor's plan is marked the successor's archive ({@code archivedInto}), and left as it
     * was otherwise. A successor that leads the programme takes nothing over (the lead reads the
     * archives). Idempotent: a plan that names this succession in its {@code takenOver} is done, so
     * a redelivered or replayed event changes and sends nothing, and a handler that stopped halfway
     * (some plans taken over, some not, an archive not yet marked) finishes on redelivery. A
     * master version the predecessors were not told of (published from the effective date) reaches
     * the successor's plan at once.
     */
    public void onSuccession(ProgrammeSuccessionApplied succession) {
        ProgrammeSnapshot programme = succession.programme();
        String successor = succession.successor();
        followLead(succession);
        if (programme.leadAuthority().equals(successor)) {
            log.info("{} leads {}: it takes over no derived plan of it (its predecessors' stay archives it reads)",
                    successor, programme.programmeId());
            return;
        }
        if (!tenants.hosts(successor)) {
            log.debug("{} is not hosted here: its takeover in {} is another process's", successor, programme.programmeId());
            return;
        }
        Map<String, List<DerivedPlans.Archived>> byPlan = new TreeMap<>();
        for (String predecessor : succession.predecessors()) {
            for (DerivedPlans.Archived archived : plans.ofPredecessor(predecessor, programme.programmeId())) {
                byPlan.computeIfAbsent(archived.plan().masterPlanId(), k -> new ArrayList<>()).add(archived);
            }
        }
        byPlan.forEach((planId, sources) -> takeOver(succession, planId, sources));
    }

    /**
     * A programme whose lead merged is led by the successor: every hosted plan of it answers to the
     * new lead (who reads it, whom its events name) from now on. Idempotent: a plan already led by
     * it is left alone; one written meanwhile is read again.
     */
    private void followLead(ProgrammeSuccessionApplied succession) {
        String lead = succession.programme().leadAuthority();
        String programmeId = succession.programme().programmeId();
        for (String tenant : tenants.ids()) {
            for (DerivedPlan plan : plans.all(tenant)) {
                if (!plan.programmeId().equals(programmeId) || plan.leadAuthority().equals(lead)) {
                    continue;
                }
                while (true) {
                    Versioned<DerivedPlan> current = plans.find(tenant, plan.masterPlanId()).orElseThrow();
                    if (current.value().leadAuthority().equals(lead)) {
                        break;
                    }
                    try {
                        plans.update(tenant, current, current.value().ledBy(lead), AuditEntry.byEvent(succession,
                                "derived-plan.lead-succeeded", "led by " + lead + " from " + succession.effectiveOn()
                                        + " (" + succession.successionId() + "), succeeding " + current.value().leadAuthority(),
                                clock.instant()));
                        break;
                    } catch (ConcurrentUpdateException e) {
                        // written meanwhile: read it again
                    }
                }
            }
        }
    }

    private void takeOver(ProgrammeSuccessionApplied succession, String planId, List<DerivedPlans.Archived> archived) {
        String successor = succession.successor();
        // plan-service said which plans were open when it applied the succession: a close this
        // consumer has not heard of yet (a replay, a lag between topics) takes nothing over
        boolean closed = !succession.openPlans().contains(planId)
                || publishedPlans.find(planId).map(PublishedPlans.Plan::closed).orElse(false);
        List<DerivedPlans.Archived> open = archived.stream()
                .filter(a -> !closed && !a.plan().closed()
                        && (a.plan().archivedInto() == null || a.plan().archivedInto().equals(successor)))
                .toList();
        if (open.isEmpty()) {
            return; // a closed plan stays where it was, its members as they were
        }
        Takeover.Succession which = new Takeover.Succession(succession.successionId(), successor,
                succession.effectiveOn(), succession.programme().leadAuthority());
        while (true) {
            Optional<Versioned<DerivedPlan>> existing = plans.findWhole(successor, planId);
            if (existing.isPresent() && existing.get().value().takenOver().stream()
                    .anyMatch(t -> t.successionId().equals(succession.successionId()))) {
                break; // taken over before: only the archives may be left to mark
            }
            if (existing.isPresent() && existing.get().value().closed()) {
                return;
            }
            // a plan the successor's own consumer derived a moment ago, as a member by this very succession, is not its own
            Optional<Versioned<DerivedPlan>> own = existing.filter(e -> !derivedSince(e.value(), succession));
            Instant now = clock.instant();
            DerivedPlanChange change = Takeover.of(which, own.map(Versioned::value).orElse(null),
                    open.stream().map(a -> new Takeover.Source(a.predecessor(), a.plan())).toList(), now);
            List<Document> inherited = open.stream().flatMap(a -> a.audit().stream()).toList();
            DerivedPlan plan = change.plan();
            String detail = plan.masterPlanNumber() + " from " + String.join(", ", succession.predecessors().stream()
                    .filter(p -> open.stream().anyMatch(a -> a.predecessor().equals(p))).toList())
                    + " (" + succession.successionId() + "): " + plan.status() + ", " + plan.pendingChanges().size()
                    + " pending changes, " + plan.toConsolidate().size() + " activities to consolidate";
            try {
                plans.storeTakenOver(successor, existing.map(Versioned::revision).orElse(null), change, inherited,
                        AuditEntry.byEvent(succession, "derived-plan.taken-over", detail, now));
            } catch (ConcurrentUpdateException e) {
                continue; // written meanwhile (a master version, an edit): taken over from what it is now
            }
            log.info("{} took over {}", successor, detail);
            break;
        }
        for (DerivedPlans.Archived a : open) {
            plans.markArchived(a.predecessor(), planId, successor, AuditEntry.byEvent(succession, "derived-plan.archived",
                    "taken over by " + successor + " (" + succession.successionId() + ")", clock.instant()));
        }
        // a version published from the effective date reached no predecessor: the successor is told of it now
        publishedPlans.find(planId).map(PublishedPlans.Plan::latest).filter(Objects::nonNull)
                .ifPresent(latest -> onMasterVersion(successor, latest));
    }

    /**
     * Whether the successor's plan is one its consumer derived as a member by this succession, a
     * moment before the takeover reached it: it joined the programme on the effective date, and the
     * plan is as derived (one version, no edits, no report).
     */
    private boolean derivedSince(DerivedPlan plan, ProgrammeSuccessionApplied succession) {
        Optional<Membership> membership = Programmes.membershipIn(succession.programme(), succession.successor());
        boolean joinedBySuccession = membership.isPresent() && membership.get().periods().stream()
                .allMatch(p -> p.joinedOn() != null && !p.joinedOn().isBefore(succession.effectiveOn()));
        return joinedBySuccession && plan.derivedVersion() == 1 && plan.progress().isEmpty()
                && plan.takenOver().isEmpty() && !plan.hasUnpublishedEdits();
    }

    /** The lead closed the master plan: the tenant's plan of it becomes read-only. Idempotent. */
    public void onMasterPlanClosed(String provinceId, MasterPlanClosed closed) {
        plans.find(provinceId, closed.planId()).filter(p -> !p.value().closed()).ifPresent(current -> {
            plans.update(provinceId, current, current.value().close(closed.occurredAt()),
                    AuditEntry.byEvent(closed, "derived-plan.closed", closed.planNumber() + " closed by " + closed.by(),
                            clock.instant()));
            log.info("{}'s plan of {} is closed", provinceId, closed.planNumber());
        });
    }

    /**
     * Derives the plan at the latest version kept of it (this one if none is newer); a plan closed
     * before the member (last) joined is none of its business. False when another consumer of the
     * tenant derived it meanwhile.
     */
    private boolean derive(String provinceId, MasterPlanVersionPublished master, Membership membership) {
        Optional<PublishedPlans.Plan> kept = publishedPlans.find(master.planId());
        MasterPlanVersionPublished latest = kept.map(PublishedPlans.Plan::latest)
                .filter(l -> l.version() > master.version()).orElse(master);
        Instant closedAt = kept.map(PublishedPlans.Plan::closedAt).orElse(null);
        LocalDate joined = membership.lastJoinedOn();
        if (closedAt != null && joined != null && VietnamTime.dateOf(closedAt).isBefore(joined)) {
            log.info("{} joined {} after {} was closed: no derived plan", provinceId, master.programmeId(),
                    master.planNumber());
            return true;
        }
        DerivedPlanChange derived = DerivedPlan.derive(latest, provinceId, tenants.tourismUnit(provinceId), clock.instant());
        if (closedAt != null) {
            derived = new DerivedPlanChange(derived.plan().close(closedAt).plan(), derived.events());
        }
        try {
            plans.insert(provinceId, derived, AuditEntry.byEvent(latest, "derived-plan.created",
                    latest.planNumber() + " version " + latest.version(), clock.instant()));
        } catch (ConcurrentUpdateException e) {
            return false;
        }
        log.info("{} derived its plan from {} version {}", provinceId, latest.planNumber(), latest.version());
        return true;
    }

    /**
     * The province's plans as this caller may see them: all of them for the province and for its
     * successor (which reads a merged province's archive as its own), a lead's own programmes' for a lead.
     */
    List<DerivedPlanView.Summary> list(String provinceId, Caller caller) {
        boolean own = caller.actsFor(provinceId) || archives.readsArchiveOf(caller.tenant(), provinceId);
        requireHosted(provinceId);
        return plans.all(provinceId).stream()
                .filter(p -> own || caller.actsFor(p.leadAuthority()))
                .map(DerivedPlanView.Summary::of)
                .toList();
    }

    /**
     * The plan with its stored revision (its ETag), as its document holds it: its versions are read
     * one at a time ({@link #version}) or a page at a time ({@link #versions}), so that a read costs
     * the same after 200 versions as after 2. Who may read it is the access policy's to say.
     */
    public Versioned<DerivedPlan> get(String provinceId, String masterPlanId, Caller caller) {
        requireHosted(provinceId);
        return plans.find(provinceId, masterPlanId)
                .orElseThrow(() -> ApiException.notFound(provinceId + " has no derived plan for " + masterPlanId));
    }

    /** Version {@code number} of the plan (404 if it published none such). */
    public DerivedVersion version(String provinceId, DerivedPlan plan, int number) {
        return plans.version(provinceId, plan, number).orElseThrow(() -> ApiException.notFound(provinceId
                + "'s plan of " + plan.masterPlanNumber() + " has no version " + number));
    }

    /** Version {@code number} with what changed from the version before it. */
    DerivedPlanView.Version versionWithChanges(String provinceId, String masterPlanId, int number, Caller caller) {
        DerivedPlan plan = get(provinceId, masterPlanId, caller).value();
        DerivedVersion version = version(provinceId, plan, number);
        List<DerivedActivity> before = plans.version(provinceId, plan, number - 1).map(DerivedVersion::activities)
                .orElse(List.of());
        return new DerivedPlanView.Version(version, DerivedChanges.between(before, version.activities()));
    }

    /** One page of the plan's versions, newest first. */
    Page<DerivedVersion> versions(String provinceId, String masterPlanId, PageRequest page, Caller caller) {
        return plans.versions(provinceId, get(provinceId, masterPlanId, caller).value(), page);
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

    /**
     * A member's document written into the plan (see {@code vn.lienket.province.documents}): what
     * {@code document} makes of the plan as it is now, every edit and added activity in one write
     * with one audit entry, under the same checks as any edit.
     */
    public Versioned<DerivedPlan> importDocument(String provinceId, String masterPlanId, String ifMatch, String detail,
                                                 Function<DerivedPlan, DerivedPlan.Imported> document, Caller caller) {
        return write(provinceId, masterPlanId, ifMatch, caller, "plan.imported", p -> detail,
                p -> new DerivedPlanChange(p.imported(document.apply(p), clock.instant()), List.of()));
    }

    /** Settles one master activity of a plan being consolidated (see {@link DerivedPlan#consolidate}). */
    Versioned<DerivedPlan> consolidate(String provinceId, String masterPlanId, String ifMatch, String masterCode,
                                       String keep, LocalFields fields, Caller caller) {
        return write(provinceId, masterPlanId, ifMatch, caller, "activity.consolidated",
                p -> masterCode + (keep != null ? ": kept " + keep : ": own fields"),
                p -> new DerivedPlanChange(p.consolidate(masterCode, keep, fields, caller.principal(), clock.instant()),
                        List.of()));
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
     * which plan (404; who may is the access policy's to say), then whether it is still open (409, plan closed),
     * then which revision (428 without one, 412 if it
     * changed since, including between this read and this write); stored with its events and its
     * audit entry in one write, or not at all. Returns the plan with its new revision. The ETag is
     * the document's revision, which a master version arriving bumps too: an edit prepared before
     * it is refused and reapplied on what the province now sees.
     */
    private Versioned<DerivedPlan> write(String provinceId, String masterPlanId, String ifMatch, Caller caller,
                                         String action, Function<DerivedPlan, String> detail,
                                         Function<DerivedPlan, DerivedPlanChange> change) {
        // the plan as its document holds it (its last version only): the write's cost does not grow with its history
        requireHosted(provinceId);
        Versioned<DerivedPlan> current = plans.find(provinceId, masterPlanId)
                .orElseThrow(() -> ApiException.notFound(provinceId + " has no derived plan for " + masterPlanId));
        if (current.value().closed()) {
            throw new ApiException(HttpStatus.CONFLICT, "plan-closed", "Plan closed: " + current.value().masterPlanNumber()
                    + " was closed by its lead authority; " + provinceId + "'s plan of it is read-only", null, null);
        }
        EntityTags.require(ifMatch, current.revision());
        DerivedPlanChange changed = change.apply(current.value());
        try {
            plans.update(provinceId, current, changed,
                    AuditEntry.by(caller, action, detail.apply(changed.plan()), clock.instant()));
        } catch (ConcurrentUpdateException e) {
            throw EntityTags.stale(ifMatch);
        }
        // the response shows the plan as a read does, its versions left to their own resource
        return new Versioned<>(changed.plan(), current.revision() + 1);
    }

    /** One page of the plan's trail, newest first, for whoever may read the plan. */
    Page<DerivedAuditEntry> audit(String provinceId, String masterPlanId, PageRequest page, Caller caller) {
        get(provinceId, masterPlanId, caller);
        return plans.audit(provinceId, masterPlanId, page);
    }

    private void requireHosted(String provinceId) {
        if (!tenants.hosts(provinceId)) {
            throw ApiException.notFound("No province " + provinceId + " is hosted here");
        }
    }
}
