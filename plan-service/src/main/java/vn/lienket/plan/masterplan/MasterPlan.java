package vn.lienket.plan.masterplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.lienket.contracts.SectionSnapshot;

/** A lead authority's plan for a period, e.g. 350/KH-UBND; its draft is what the next version will publish. */
public record MasterPlan(
        String id,
        String programmeId,
        String number,
        String title,
        String issuer,
        LocalDate issuedOn,
        int year,
        List<String> legalBases,
        String funding,
        List<SectionSnapshot> draft,
        Instant draftUpdatedAt,
        String draftUpdatedBy,
        LocalDate reportingDeadline) {

    public MasterPlan withDraft(List<SectionSnapshot> sections, Instant at, String by) {
        return new MasterPlan(id, programmeId, number, title, issuer, issuedOn, year, legalBases, funding,
                sections, at, by, reportingDeadline);
    }

    /** "báo cáo kết quả … trước ngày 10/11/2024": when members must have reported their progress. */
    public MasterPlan withReportingDeadline(LocalDate deadline) {
        return new MasterPlan(id, programmeId, number, title, issuer, issuedOn, year, legalBases, funding,
                draft, draftUpdatedAt, draftUpdatedBy, deadline);
    }
}
