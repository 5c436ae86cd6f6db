package vn.lienket.plan.masterplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;


/** A master plan as read: its header, the draft and the latest published version. */
record MasterPlanView(
        String id,
        String programmeId,
        String number,
        String title,
        String issuer,
        LocalDate issuedOn,
        int year,
        List<String> legalBases,
        String funding,
        LocalDate reportingDeadline,
        Draft draft,
        VersionView latestVersion) {

    record Draft(List<PlanSectionsView> sections, Instant updatedAt, String updatedBy) {
    }

    record Summary(String id, String programmeId, String number, String title, Integer latestVersion) {
    }

    static MasterPlanView of(MasterPlan plan, MasterPlanVersion latest) {
        return new MasterPlanView(plan.id(), plan.programmeId(), plan.number(), plan.title(), plan.issuer(),
                plan.issuedOn(), plan.year(), plan.legalBases(), plan.funding(), plan.reportingDeadline(),
                new Draft(PlanSectionsView.of(plan.draft()), plan.draftUpdatedAt(), plan.draftUpdatedBy()),
                latest == null ? null : VersionView.of(latest));
    }
}
