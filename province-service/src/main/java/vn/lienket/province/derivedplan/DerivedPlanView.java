package vn.lienket.province.derivedplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import vn.lienket.contracts.PlanChanges;

/** What a list of derived plans shows. */
public final class DerivedPlanView {

    private DerivedPlanView() {
    }

    /**
     * A derived plan with where it deviates from the master version it is based on, whether it has
     * edits to publish, and each activity's progress: its current report and every report before it.
     * Its versions are not in it (they are a resource of their own, a page at a time), so the detail
     * is the same size after 200 versions as after 2.
     */
    public record Detail(@JsonUnwrapped @JsonIgnoreProperties("history") DerivedPlan plan, List<Deviation> deviations,
                         boolean unpublishedEdits, List<ActivityProgress> progressByActivity) {

        public static Detail of(DerivedPlan plan) {
            return new Detail(plan, plan.deviations(), plan.hasUnpublishedEdits(), ActivityProgress.of(plan.progress()));
        }
    }

    /** One activity's reports, newest first: the first is where the activity stands now. */
    public record ActivityProgress(String activityCode, ProgressReport current, List<ProgressReport> history) {

        static List<ActivityProgress> of(List<ProgressReport> reports) {
            Map<String, List<ProgressReport>> byActivity = new TreeMap<>(PlanChanges.BY_ACTIVITY_CODE);
            // reports are appended as they come, so the stored order is the order they were made in
            for (ProgressReport report : reports) {
                byActivity.computeIfAbsent(report.activityCode(), c -> new ArrayList<>()).add(0, report);
            }
            return byActivity.entrySet().stream()
                    .map(e -> new ActivityProgress(e.getKey(), e.getValue().get(0), List.copyOf(e.getValue())))
                    .toList();
        }
    }

    /** One published derived version with what changed from the version before it. */
    record Version(DerivedVersion version, List<vn.lienket.contracts.ActivityChange> changes) {
    }

    record Summary(String masterPlanId, String masterPlanNumber, DerivedPlanStatus status, int derivedVersion,
                   int basedOnVersion, int latestMasterVersion, int pendingChanges, LocalDate revisionDueDate,
                   boolean closed, int activitiesToConsolidate, String archivedInto) {

        static Summary of(DerivedPlan p) {
            return new Summary(p.masterPlanId(), p.masterPlanNumber(), p.status(), p.derivedVersion(),
                    p.basedOnVersion(), p.latestMasterVersion(), p.pendingChanges().size(), p.revisionDueDate(),
                    p.closed(), p.toConsolidate().size(), p.archivedInto());
        }
    }
}
