package vn.lienket.province.derivedplan;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** What a list of derived plans shows. */
final class DerivedPlanView {

    private DerivedPlanView() {
    }

    /** A derived plan with where it deviates from the master version it is based on. */
    record Detail(@JsonUnwrapped DerivedPlan plan, List<Deviation> deviations) {

        static Detail of(DerivedPlan plan) {
            return new Detail(plan, plan.deviations());
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
