package vn.lienket.plan.masterplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.lienket.contracts.ActivityChange;
import vn.lienket.contracts.SectionSnapshot;

/**
 * An immutable published version; it differs from the previous one by {@code changes}, and keeps
 * the plan's header as it was when it was published (null in versions published before headers were kept).
 */
public record MasterPlanVersion(
        String id,
        String planId,
        int number,
        Instant publishedAt,
        String publishedBy,
        LocalDate revisionDueDate,
        String summary,
        List<SectionSnapshot> sections,
        List<ActivityChange> changes,
        PlanHeader header) {

    static String idOf(String planId, int number) {
        return planId + "@" + number;
    }
}
