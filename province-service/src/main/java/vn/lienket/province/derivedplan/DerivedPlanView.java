package vn.lienket.province.derivedplan;

import java.time.LocalDate;

/** What a list of derived plans shows. */
final class DerivedPlanView {

    private DerivedPlanView() {
    }

    record Summary(String masterPlanId, String masterPlanNumber, DerivedPlanStatus status, int derivedVersion,
                   int basedOnVersion, int latestMasterVersion, int pendingChanges, LocalDate revisionDueDate) {

        static Summary of(DerivedPlan p) {
            return new Summary(p.masterPlanId(), p.masterPlanNumber(), p.status(), p.derivedVersion(),
                    p.basedOnVersion(), p.latestMasterVersion(), p.pendingChanges().size(), p.revisionDueDate());
        }
    }
}
