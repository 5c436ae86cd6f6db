package vn.lienket.plan.masterplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.lienket.contracts.ActivityChange;

/** A published version as shown to people, with each activity's parsed period and the header it was published under. */
record VersionView(
        String planId,
        int number,
        Instant publishedAt,
        String publishedBy,
        LocalDate revisionDueDate,
        String summary,
        List<PlanSectionsView> sections,
        List<ActivityChange> changes,
        PlanHeader header) {

    static VersionView of(MasterPlanVersion version) {
        return new VersionView(version.planId(), version.number(), version.publishedAt(), version.publishedBy(),
                version.revisionDueDate(), version.summary(), PlanSectionsView.of(version.sections()), version.changes(),
                version.header());
    }
}
