package vn.lienket.province.derivedplan;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** What a list of derived plans shows. */
final class DerivedPlanView {

    private DerivedPlanView() {
    }

    /** A derived plan with where it deviates from the master version it is based on, and whether it has edits to publish. */
    record Detail(@JsonUnwrapped DerivedPlan plan, List<Deviation> deviations, boolean unpublishedEdits) {

        static Detail of(DerivedPlan plan) {
            return new Detail(plan, plan.deviations(), plan.hasUnpublishedEdits());
        }
    }

    /** One published derived version with what changed from the version before it. */
    record Version(DerivedVersion version, List<vn.lienket.contracts.ActivityChange> changes) {

        static Version of(DerivedPlan plan, int number) {
            List<DerivedVersion> history = plan.history();
            DerivedVersion version = history.stream().filter(v -> v.number() == number).findFirst()
                    .orElseThrow(() -> vn.lienket.support.web.ApiException.notFound(plan.provinceId()
                            + "'s plan has no version " + number));
            List<DerivedActivity> before = history.stream().filter(v -> v.number() == number - 1).findFirst()
                    .map(DerivedVersion::activities).orElse(List.of());
            return new Version(version, DerivedChanges.between(before, version.activities()));
        }
    }

    record Summary(String masterPlanId, String masterPlanNumber, DerivedPlanStatus status, int derivedVersion,
                   int basedOnVersion, int latestMasterVersion, int pendingChanges, LocalDate revisionDueDate) {

        static Summary of(DerivedPlan p) {
            return new Summary(p.masterPlanId(), p.masterPlanNumber(), p.status(), p.derivedVersion(),
                    p.basedOnVersion(), p.latestMasterVersion(), p.pendingChanges().size(), p.revisionDueDate());
        }
    }
}
