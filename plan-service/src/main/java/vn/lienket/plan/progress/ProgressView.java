package vn.lienket.plan.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The roll-up for the lead authority: per master activity, how many members report each status and
 * what each said; who has not reported at all; and per reporting date, who reported in time and,
 * once it has passed, who had not reported by it.
 */
record ProgressView(
        String planId,
        String planNumber,
        String planStatus,
        List<Deadline> deadlines,
        List<Activity> activities,
        List<String> notReported) {

    record Activity(String code, String title, Map<String, Long> byStatus, List<Report> reports) {
    }

    /** A member's current report on an activity, and how many it has made on it. */
    record Report(String memberId, String status, LocalDate asOf, String note, java.time.Instant reportedAt, int reports) {
    }

    /**
     * One date members must have reported by ("6 tháng", 2024-06-10): who had by then (a report made
     * by its end counts even if updated since), and once it has passed who had not ({@code missing},
     * null before).
     */
    record Deadline(String label, LocalDate date, boolean passed, List<String> reportedInTime, List<String> missing) {
    }
}
