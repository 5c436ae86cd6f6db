package vn.lienket.plan.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.lienket.contracts.ActivityProgressReported;

/**
 * One member's reports on one of its activities: every report it made, oldest first, and the
 * latest (by when it was made) as the activity's current standing. The history is what tells
 * whether a member had reported by a deadline even when it has updated its report since.
 */
record MemberProgress(
        String id,
        String planId,
        String memberId,
        String activityCode,
        String masterActivityCode,
        String status,
        LocalDate asOf,
        String note,
        Instant reportedAt,
        List<Report> history) {

    /** One report as the province made it; {@code eventId} makes a redelivered event harmless. */
    record Report(String eventId, String status, LocalDate asOf, String note, Instant reportedAt) {
    }

    MemberProgress {
        // a row kept before the history was: its one report is its history
        history = history == null || history.isEmpty()
                ? (reportedAt == null ? List.of() : List.of(new Report(null, status, asOf, note, reportedAt)))
                : List.copyOf(history);
    }

    static String idOf(String planId, String memberId, String activityCode) {
        return planId + ":" + memberId + ":" + activityCode;
    }

    static MemberProgress first(ActivityProgressReported event) {
        return new MemberProgress(idOf(event.masterPlanId(), event.provinceId(), event.activityCode()),
                event.masterPlanId(), event.provinceId(), event.activityCode(), event.masterActivityCode(), null, null,
                null, null, List.of()).recorded(event);
    }

    /**
     * This member's progress with one more report. A report already kept (same event) changes
     * nothing; one made before the current report joins the history without becoming current.
     */
    MemberProgress recorded(ActivityProgressReported event) {
        if (history.stream().anyMatch(r -> event.eventId().equals(r.eventId()))) {
            return this;
        }
        List<Report> reports = new ArrayList<>(history);
        reports.add(new Report(event.eventId(), event.status(), event.asOf(), event.note(), event.occurredAt()));
        reports.sort(Comparator.comparing(Report::reportedAt));
        Report latest = reports.get(reports.size() - 1);
        return new MemberProgress(id, planId, memberId, activityCode, event.masterActivityCode(), latest.status(),
                latest.asOf(), latest.note(), latest.reportedAt(), reports);
    }

    /** Whether the member had made a report on this activity by the end of {@code deadline} (Vietnam time). */
    boolean reportedBy(LocalDate deadline) {
        return history.stream().anyMatch(r -> !vn.lienket.support.time.VietnamTime.dateOf(r.reportedAt()).isAfter(deadline));
    }
}
