package vn.lienket.province.derivedplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.lienket.contracts.ActivityProgressReported;
import vn.lienket.contracts.ActivitySnapshot;
import vn.lienket.contracts.ChangeKind;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.PendingChange;
import vn.lienket.contracts.PlanChanges;
import vn.lienket.contracts.SectionSnapshot;
import org.springframework.http.HttpStatus;
import vn.lienket.support.web.ApiException;

/**
 * One province's implementation plan for one master plan. It remembers the master version it is
 * based on ({@code baseMaster}) and the latest one it was told of, so its pending changes are always
 * the net changes between the two, however many versions came in between. Once its master plan
 * is closed ({@code closedAt}) it is read-only, and still readable with its history.
 */
public record DerivedPlan(
        String id,
        String provinceId,
        String programmeId,
        String leadAuthority,
        String masterPlanId,
        String masterPlanNumber,
        String masterPlanTitle,
        DerivedPlanStatus status,
        int derivedVersion,
        int basedOnVersion,
        int latestMasterVersion,
        LocalDate revisionDueDate,
        List<SectionSnapshot> baseMaster,
        List<SectionSnapshot> latestMaster,
        List<PendingChange> pendingChanges,
        List<DerivedActivity> activities,
        List<DerivedVersion> history,
        Instant updatedAt,
        List<ProgressReport> progress,
        Instant closedAt,
        List<Consolidation> consolidation,
        List<TakenOver> takenOver,
        String archivedInto) {

    public DerivedPlan {
        consolidation = consolidation == null ? List.of() : List.copyOf(consolidation);
        takenOver = takenOver == null ? List.of() : List.copyOf(takenOver);
    }

    /** The plan a province derives from the first master version it receives: one activity per master activity. */
    static DerivedPlanChange derive(MasterPlanVersionPublished master, String provinceId, String leadUnit, Instant now) {
        List<DerivedActivity> activities = PlanChanges.byCode(master.sections()).values().stream()
                .map(a -> DerivedActivity.from(a, leadUnit)).toList();
        DerivedVersion first = new DerivedVersion(1, master.version(), now, provinceId, List.of(), activities);
        DerivedPlan plan = new DerivedPlan(master.planId(), provinceId, master.programmeId(), master.leadAuthority(),
                master.planId(), master.planNumber(), master.planTitle(), DerivedPlanStatus.UP_TO_DATE, 1,
                master.version(), master.version(), null, master.sections(), master.sections(), List.of(), activities,
                List.of(first), now, List.of(), null, List.of(), List.of(), null);
        return new DerivedPlanChange(plan, List.of(new DerivedPlanCreated(UUID.randomUUID().toString(), now, provinceId,
                master.programmeId(), master.leadAuthority(), master.planId(), master.planNumber(), master.version(),
                master.planTitle(), master.revisionDueDate())));
    }

    /** The plan with these versions as its history (all of them, or only the last, as its document keeps it). */
    DerivedPlan withHistory(List<DerivedVersion> versions) {
        return new DerivedPlan(id, provinceId, programmeId, leadAuthority, masterPlanId, masterPlanNumber, masterPlanTitle,
                status, derivedVersion, basedOnVersion, latestMasterVersion, revisionDueDate, baseMaster, latestMaster,
                pendingChanges, activities, List.copyOf(versions), updatedAt, progress, closedAt, consolidation, takenOver,
                archivedInto);
    }

    /** Whether this master version is news to the plan; a redelivered or older one is not. */
    boolean isNew(MasterPlanVersionPublished master) {
        return master.version() > latestMasterVersion;
    }

    public boolean closed() {
        return closedAt != null;
    }

    /** The master plan was closed: the plan is read-only from now on, as it stands. */
    DerivedPlanChange close(Instant at) {
        DerivedPlan plan = new DerivedPlan(id, provinceId, programmeId, leadAuthority, masterPlanId, masterPlanNumber,
                masterPlanTitle, status, derivedVersion, basedOnVersion, latestMasterVersion, revisionDueDate, baseMaster,
                latestMaster, pendingChanges, activities, history, updatedAt, progress, at, consolidation, takenOver, archivedInto);
        return new DerivedPlanChange(plan, List.of());
    }

    /** The programme's lead changed (its lead merged into a successor): the plan answers to the new one. */
    DerivedPlanChange ledBy(String lead) {
        DerivedPlan plan = new DerivedPlan(id, provinceId, programmeId, lead, masterPlanId, masterPlanNumber,
                masterPlanTitle, status, derivedVersion, basedOnVersion, latestMasterVersion, revisionDueDate, baseMaster,
                latestMaster, pendingChanges, activities, history, updatedAt, progress, closedAt, consolidation, takenOver,
                archivedInto);
        return new DerivedPlanChange(plan, List.of());
    }

    /** A newer master version: the plan now requires revision with the net changes since its base, under the version's lead. */
    DerivedPlanChange receive(MasterPlanVersionPublished master, Instant now) {
        List<PendingChange> pending = pending(baseMaster, master.sections(), master.version());
        // a plan being consolidated stays so: the new changes are resolved when it publishes
        DerivedPlanStatus next = status == DerivedPlanStatus.CONSOLIDATING ? status : DerivedPlanStatus.REVISION_REQUIRED;
        String leadAuthority = master.leadAuthority();
        DerivedPlan plan = new DerivedPlan(id, provinceId, programmeId, leadAuthority, masterPlanId, masterPlanNumber,
                master.planTitle(), next, derivedVersion, basedOnVersion,
                master.version(), master.revisionDueDate(), baseMaster, master.sections(), pending, activities, history, now,
                progress, closedAt, consolidation, takenOver, archivedInto);
        return new DerivedPlanChange(plan, List.of(new DerivedPlanRevisionRequired(UUID.randomUUID().toString(), now,
                provinceId, programmeId, leadAuthority, masterPlanId, masterPlanNumber, master.planTitle(),
                master.version(), basedOnVersion, master.revisionDueDate(), pending, unitsOn(pending))));
    }

    /** The net changes from a base to a master version, each named after the activity and the version. */
    static List<PendingChange> pending(List<SectionSnapshot> base, List<SectionSnapshot> master, int version) {
        return PlanChanges.between(base, master).stream()
                .map(c -> new PendingChange(c.activityCode() + "@v" + version, c.activityCode(), c.kind(),
                        c.title(), c.fields()))
                .toList();
    }

    /** The lead and coordinating units the province named on the activities these changes touch. */
    private List<String> unitsOn(List<PendingChange> pending) {
        Set<String> codes = pending.stream().map(PendingChange::activityCode)
                .collect(Collectors.toSet());
        return activities.stream().filter(a -> a.masterCode() != null && codes.contains(a.masterCode()))
                .flatMap(a -> Stream.concat(Stream.ofNullable(a.leadUnit()),
                        a.coordinatingUnits() == null ? Stream.empty() : a.coordinatingUnits().stream()))
                .filter(u -> !u.isBlank()).distinct().toList();
    }

    /** Whether the activities differ from the last published version's: the province has edits to publish. */
    public boolean hasUnpublishedEdits() {
        return !activities.equals(history.get(history.size() - 1).activities());
    }

    /** Where the province's activities depart from the master version the plan is based on. */
    public List<Deviation> deviations() {
        return Conformance.of(activities, baseMaster);
    }

    /** Sets the province's own fields of one activity; published with the next derived version. */
    DerivedPlan editActivity(String code, LocalFields fields, Instant now) {
        if (activities.stream().noneMatch(a -> a.code().equals(code))) {
            throw ApiException.notFound(provinceId + "'s plan has no activity " + code);
        }
        if (status == DerivedPlanStatus.CONSOLIDATING
                && consolidation.stream().anyMatch(c -> c.masterCode().equals(code) && !c.settled())) {
            throw new ApiException(HttpStatus.CONFLICT, "not-consolidated", "Activity " + code + " of " + provinceId
                    + "'s plan is still to be consolidated: settle it first with PUT …/consolidation/" + code, null, null);
        }
        return withActivities(activities.stream().map(a -> a.code().equals(code) ? a.withLocalFields(fields) : a).toList(), now);
    }

    /**
     * What a member's document writes into its plan: the province's own fields of existing
     * activities by code, and activities of its own to add.
     */
    public record Imported(Map<String, LocalFields> edits, List<LocalActivity> added) {

        public Imported {
            edits = Collections.unmodifiableMap(new LinkedHashMap<>(edits));
            added = List.copyOf(added);
        }
    }

    /**
     * The plan with a document written in, by the same rules as one edit or one added activity at a
     * time ({@link #editActivity}, {@link #addActivity}), so it deviates exactly as if typed in.
     */
    public DerivedPlan imported(Imported document, Instant now) {
        DerivedPlan plan = this;
        for (Map.Entry<String, LocalFields> edit : document.edits().entrySet()) {
            plan = plan.editActivity(edit.getKey(), edit.getValue(), now);
        }
        for (LocalActivity local : document.added()) {
            plan = plan.addActivity(local, now);
        }
        return plan;
    }

    /**
     * Settles one master activity of a plan being consolidated: the fields of the candidate whose
     * origin is {@code keep}, or the successor's own {@code fields} (exactly one of the two). It may
     * be settled again until the plan publishes.
     */
    DerivedPlan consolidate(String masterCode, String keep, LocalFields fields, String by, Instant now) {
        if (status != DerivedPlanStatus.CONSOLIDATING) {
            throw ApiException.conflict(provinceId + "'s plan of " + masterPlanNumber + " is not being consolidated");
        }
        Consolidation item = consolidation.stream().filter(c -> c.masterCode().equals(masterCode)).findFirst()
                .orElseThrow(() -> ApiException.notFound(provinceId + "'s plan has no activity " + masterCode
                        + " to consolidate"));
        if ((keep == null) == (fields == null)) {
            throw ApiException.invalid(keep == null ? "keep" : "fields",
                    "give either keep (the origin whose fields to keep) or fields (the successor's own), not both");
        }
        LocalFields chosen = fields;
        if (keep != null) {
            chosen = item.candidates().stream().filter(c -> c.origin().equals(keep)).findFirst()
                    .map(Consolidation.Candidate::fields)
                    .orElseThrow(() -> ApiException.invalid("keep", "no candidate from " + keep + "; the candidates are "
                            + String.join(", ", item.candidates().stream().map(Consolidation.Candidate::origin).toList())));
        }
        String origin = keep == null || keep.equals(provinceId) ? null : keep;
        LocalFields settled = chosen;
        List<DerivedActivity> next = activities.stream()
                .map(a -> a.code().equals(masterCode) ? a.withLocalFields(settled).withOrigin(origin) : a).toList();
        List<Consolidation> items = consolidation.stream()
                .map(c -> c.masterCode().equals(masterCode) ? c.settle(keep, settled, by, now) : c).toList();
        return new DerivedPlan(id, provinceId, programmeId, leadAuthority, masterPlanId, masterPlanNumber, masterPlanTitle,
                status, derivedVersion, basedOnVersion, latestMasterVersion, revisionDueDate, baseMaster, latestMaster,
                pendingChanges, next, history, now, progress, closedAt, items, takenOver, archivedInto);
    }

    /** The master activities still to consolidate. */
    public List<String> toConsolidate() {
        return consolidation.stream().filter(c -> !c.settled()).map(Consolidation::masterCode).toList();
    }

    private void requireConsolidated() {
        List<String> open = toConsolidate();
        if (!open.isEmpty()) {
            throw ApiException.unprocessable("Every activity must be consolidated before the plan publishes; not yet: "
                    + String.join(", ", open),
                    open.stream().map(c -> Map.<String, Object>of("activityCode", c, "message", "not consolidated")).toList());
        }
    }

    /** Marked as the read-only archive of the successor that took it over. */
    DerivedPlan archivedInto(String successor, Instant now) {
        return new DerivedPlan(id, provinceId, programmeId, leadAuthority, masterPlanId, masterPlanNumber, masterPlanTitle,
                status, derivedVersion, basedOnVersion, latestMasterVersion, revisionDueDate, baseMaster, latestMaster,
                pendingChanges, activities, history, updatedAt, progress, closedAt, consolidation, takenOver, successor);
    }

    /** Records where an activity stands and tells the lead authority. */
    DerivedPlanChange reportProgress(String code, ProgressReport report, String by, LocalDate today, Instant now) {
        DerivedActivity activity = activities.stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> ApiException.notFound(provinceId + "'s plan has no activity " + code));
        ProgressReport stamped = report.stamped(code, today, now, by);
        List<ProgressReport> reports = new ArrayList<>(progress);
        reports.add(stamped);
        DerivedPlan plan = new DerivedPlan(id, provinceId, programmeId, leadAuthority, masterPlanId, masterPlanNumber,
                masterPlanTitle, status, derivedVersion, basedOnVersion, latestMasterVersion, revisionDueDate, baseMaster,
                latestMaster, pendingChanges, activities, history, now, reports, closedAt, consolidation, takenOver, archivedInto);
        return new DerivedPlanChange(plan, List.of(new ActivityProgressReported(UUID.randomUUID().toString(), now,
                provinceId, programmeId, leadAuthority, masterPlanId, code, activity.masterCode(),
                stamped.status().name(), stamped.asOf(), stamped.note())));
    }

    /** Adds an activity of the province's own. */
    DerivedPlan addActivity(LocalActivity local, Instant now) {
        if (activities.stream().anyMatch(a -> a.code().equals(local.code()))
                || PlanChanges.byCode(latestMaster).containsKey(local.code())) {
            throw ApiException.conflict(provinceId + "'s plan or the master plan already has activity " + local.code());
        }
        List<DerivedActivity> next = new ArrayList<>(activities);
        next.add(local.toActivity());
        next.sort((a, b) -> PlanChanges.BY_ACTIVITY_CODE.compare(a.code(), b.code()));
        return withActivities(next, now);
    }

    /**
     * Publishes a new derived version: the revision to the latest master version when one is
     * required (every pending change resolved), or the province's own edits otherwise. A deviation
     * without justification refuses it (422) and nothing changes.
     */
    DerivedPlanChange publish(List<Resolution> resolutions, String by, LocalDate today, Instant now) {
        if (status == DerivedPlanStatus.CONSOLIDATING) {
            requireConsolidated();
        }
        boolean revising = status == DerivedPlanStatus.REVISION_REQUIRED || status == DerivedPlanStatus.CONSOLIDATING;
        if (!revising && !hasUnpublishedEdits()) {
            throw ApiException.conflict("Derived plan " + id + " of " + provinceId + " is up to date with version "
                    + basedOnVersion + " and has no unpublished edits; there is nothing to publish");
        }
        if (!revising && !resolutions.isEmpty()) {
            throw ApiException.invalid("resolutions", "there are no pending changes to resolve");
        }
        List<DerivedActivity> next = revising ? resolved(checkResolutions(resolutions)) : activities;
        List<SectionSnapshot> base = revising ? latestMaster : baseMaster;
        requireJustified(Conformance.of(next, base));
        int number = derivedVersion + 1;
        int basedOn = revising ? latestMasterVersion : basedOnVersion;
        List<DerivedVersion> versions = new ArrayList<>(history);
        versions.add(new DerivedVersion(number, basedOn, now, by, List.copyOf(resolutions), next));
        DerivedPlan plan = new DerivedPlan(id, provinceId, programmeId, leadAuthority, masterPlanId, masterPlanNumber,
                masterPlanTitle, DerivedPlanStatus.UP_TO_DATE, number, basedOn, latestMasterVersion,
                revisionDueDate, base, latestMaster, List.of(), next, versions, now, progress, closedAt, consolidation, takenOver, archivedInto);
        if (!revising) {
            return new DerivedPlanChange(plan, List.of());
        }
        boolean onTime = revisionDueDate == null || !today.isAfter(revisionDueDate);
        return new DerivedPlanChange(plan, List.of(new DerivedPlanRevised(UUID.randomUUID().toString(), now, provinceId,
                programmeId, leadAuthority, masterPlanId, masterPlanNumber, number, basedOn, revisionDueDate, onTime)));
    }

    private List<DerivedActivity> resolved(Map<String, Resolution> byChange) {
        Map<String, ActivitySnapshot> master = PlanChanges.byCode(latestMaster);
        Map<String, DerivedActivity> revised = new LinkedHashMap<>();
        activities.forEach(a -> revised.put(a.code(), a));
        for (PendingChange change : pendingChanges) {
            apply(change, byChange.get(change.changeId()), master.get(change.activityCode()), revised);
        }
        List<DerivedActivity> next = new ArrayList<>(revised.values());
        next.sort((a, b) -> PlanChanges.BY_ACTIVITY_CODE.compare(a.code(), b.code()));
        return next;
    }

    private static void requireJustified(List<Deviation> deviations) {
        List<Deviation> unjustified = deviations.stream().filter(d -> !d.justified()).toList();
        if (!unjustified.isEmpty()) {
            throw ApiException.unprocessable("Activity " + unjustified.get(0).activityCode() + " deviates from the master ("
                    + unjustified.get(0).field() + ") without a justification",
                    unjustified.stream().map(d -> Map.<String, Object>of("activityCode", d.activityCode(),
                            "field", d.field(), "message", "deviates from the master without a justification")).toList());
        }
    }

    private DerivedPlan withActivities(List<DerivedActivity> next, Instant now) {
        return new DerivedPlan(id, provinceId, programmeId, leadAuthority, masterPlanId, masterPlanNumber, masterPlanTitle,
                status, derivedVersion, basedOnVersion, latestMasterVersion, revisionDueDate, baseMaster, latestMaster,
                pendingChanges, next, history, now, progress, closedAt, consolidation, takenOver, archivedInto);
    }

    private Map<String, Resolution> checkResolutions(List<Resolution> resolutions) {
        Map<String, PendingChange> pending = new LinkedHashMap<>();
        pendingChanges.forEach(c -> pending.put(c.changeId(), c));
        Map<String, Resolution> byChange = new LinkedHashMap<>();
        for (int i = 0; i < resolutions.size(); i++) {
            Resolution r = resolutions.get(i);
            PendingChange change = pending.get(r.changeId());
            if (change == null) {
                throw ApiException.invalid("resolutions[" + i + "].changeId", "no pending change " + r.changeId());
            }
            if (byChange.put(r.changeId(), r) != null) {
                throw ApiException.invalid("resolutions[" + i + "].changeId", r.changeId() + " is resolved twice");
            }
            if (r.decision() == Decision.DROP && change.kind() != ChangeKind.REMOVED) {
                throw ApiException.invalid("resolutions[" + i + "].decision",
                        "DROP resolves only a removed activity; " + r.changeId() + " is " + change.kind());
            }
            if (r.decision() == Decision.ADAPT && (r.note() == null || r.note().isBlank())) {
                throw ApiException.invalid("resolutions[" + i + "].note", "ADAPT needs a justification");
            }
        }
        Set<String> unresolved = new HashSet<>(pending.keySet());
        unresolved.removeAll(byChange.keySet());
        if (!unresolved.isEmpty()) {
            List<String> open = pending.keySet().stream().filter(unresolved::contains).toList();
            throw ApiException.unprocessable("Every pending change must be resolved; unresolved: " + String.join(", ", open),
                    open.stream().map(id -> Map.<String, Object>of("changeId", id, "message", "unresolved")).toList());
        }
        return byChange;
    }

    private void apply(PendingChange change, Resolution resolution, ActivitySnapshot master,
                       Map<String, DerivedActivity> activities) {
        String code = change.activityCode();
        DerivedActivity current = activities.get(code);
        switch (change.kind()) {
            case ADDED -> activities.put(code, DerivedActivity.from(master, defaultLeadUnit()).withNote(resolution.note()));
            case REMOVED -> {
                if (resolution.decision() == Decision.ADAPT && current != null) {
                    activities.put(code, current.asLocal(resolution.note()));
                } else {
                    activities.remove(code);
                }
            }
            case CHANGED -> {
                DerivedActivity base = current != null ? current : DerivedActivity.from(master, defaultLeadUnit());
                activities.put(code, resolution.decision() == Decision.ADOPT
                        ? base.adopt(master).withNote(resolution.note())
                        : base.adapted(resolution.note()));
            }
        }
    }

    private String defaultLeadUnit() {
        return activities.stream().map(DerivedActivity::leadUnit).filter(u -> u != null).findFirst().orElse(null);
    }
}
