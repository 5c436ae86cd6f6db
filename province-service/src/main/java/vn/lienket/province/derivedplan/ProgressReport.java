package vn.lienket.province.derivedplan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One report on one activity: its status as of a date, with a note. A report taken over from a
 * predecessor names it ({@code origin}); the province's own have none (a request's is ignored).
 */
public record ProgressReport(
        String activityCode,
        @NotNull ProgressStatus status,
        LocalDate asOf,
        @Size(max = 4000) String note,
        Instant reportedAt,
        String reportedBy,
        String origin) {

    ProgressReport stamped(String code, LocalDate today, Instant at, String by) {
        return new ProgressReport(code, status, asOf == null ? today : asOf, note, at, by, null);
    }

    ProgressReport takenOver(String code, String from) {
        return new ProgressReport(code, status, asOf, note, reportedAt, reportedBy, origin != null ? origin : from);
    }
}
