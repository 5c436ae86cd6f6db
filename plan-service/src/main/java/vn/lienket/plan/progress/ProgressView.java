package vn.lienket.plan.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The roll-up for the lead authority: per master activity, how many members report each status and
 * what each said; who has not reported at all; and per reporting date, who reported in time and,
 * once it has passed, who had not reported by it. A successor's report carries the reports its
 * predecessors made beneath it ({@code predecessors}), not counted; those of members succeeded by
 * the lead authority itself are in the activity's {@code leadPredecessors}.
 */
record ProgressView(
        String planId,
        String planNumber,
        String planStatus,
        List<Deadline> deadlines,
        List<Activity> activities,
        List<String> notReported) {

    record Activity(String code, String title, Map<String, Long> byStatus, List<Report> reports,
                    List<Report> leadPredecessors) {
    }

    /**
     * A member's current report on an activity, and how many it has made on it. A successor that
     * has not reported on it itself, whose predecessors had, has a report with no status and none
     * made ({@code reports} 0) to carry theirs. A predecessor's says who succeeded it and from when.
     */
    record Report(String memberId, String status, LocalDate asOf, String note, Instant reportedAt, int reports,
                  String succeededBy, LocalDate succeededOn, List<Report> predecessors) {
    }

    /**
     * One date members must have reported by ("6 tháng", 2024-06-10): who had by then (a report made
     * by its end counts even if updated since), and once it has passed who had not ({@code missing},
     * null before).
     */
    record Deadline(String label, LocalDate date, boolean passed, List<String> reportedInTime, List<String> missing) {
    }
}
