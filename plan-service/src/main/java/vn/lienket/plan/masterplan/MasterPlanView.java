package vn.lienket.plan.masterplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;


/**
 * A master plan as read: its header, status (with the members it had when closed), reporting deadlines (as set, and the dates they fall
 * on), the draft and the latest published version.
 */
public record MasterPlanView(
        String id,
        String programmeId,
        String number,
        String title,
        String issuer,
        LocalDate issuedOn,
        int year,
        List<String> legalBases,
        String funding,
        PlanPeriod period,
        String status,
        Instant closedAt,
        String closedBy,
        List<String> membersAtClose,
        List<ReportingDeadline> reportingDeadlines,
        List<ReportingDeadline.ReportingDate> reportingDates,
        Draft draft,
        VersionView latestVersion) {

    record Draft(List<PlanSectionsView> sections, Instant updatedAt, String updatedBy) {
    }

    record Summary(String id, String programmeId, String number, String title, int year, String status,
                   Integer latestVersion) {

        static Summary of(MasterPlan plan, MasterPlanVersion latest) {
            return new Summary(plan.id(), plan.programmeId(), plan.number(), plan.title(), plan.year(), plan.status(),
                    latest == null ? null : latest.number());
        }
    }

    static MasterPlanView of(MasterPlan plan, MasterPlanVersion latest) {
        return new MasterPlanView(plan.id(), plan.programmeId(), plan.number(), plan.title(), plan.issuer(),
                plan.issuedOn(), plan.year(), plan.legalBases(), plan.funding(), plan.period(), plan.status(),
                plan.closedAt(), plan.closedBy(), plan.membersAtClose(), plan.reportingDeadlines(), plan.reportingDates(),
                new Draft(PlanSectionsView.of(plan.draft()), plan.draftUpdatedAt(), plan.draftUpdatedBy()),
                latest == null ? null : VersionView.of(latest));
    }
}
