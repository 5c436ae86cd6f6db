package vn.lienket.plan.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The roll-up for the lead authority: per master activity, how many members report each status and
 * what each said; who has not reported at all; and, once the reporting deadline has passed, who had
 * not reported by it.
 */
record ProgressView(
        String planId,
        String planNumber,
        LocalDate reportingDeadline,
        List<Activity> activities,
        List<String> notReported,
        List<String> missingAtDeadline) {

    record Activity(String code, String title, Map<String, Long> byStatus, List<Report> reports) {
    }

    /** A member's current report on an activity, and how many it has made on it. */
    record Report(String memberId, String status, LocalDate asOf, String note, java.time.Instant reportedAt, int reports) {
    }
}
