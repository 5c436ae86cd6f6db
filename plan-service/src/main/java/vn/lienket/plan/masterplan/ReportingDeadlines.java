package vn.lienket.plan.masterplan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.lienket.support.web.ApiException;

/** A plan's reporting deadlines as a request gives them, checked field by field. */
record ReportingDeadlines(@NotNull @Size(max = 20) List<@NotNull @Valid Deadline> reportingDeadlines) {

    /** The label a deadline set through the single-deadline call gets. */
    static final String DEFAULT_LABEL = "báo cáo";

    /**
     * One deadline: a {@code label} and either a {@code date} or {@code everyYear} as month-day
     * ({@code "12-15"}: 15 December of each year of the plan's period).
     */
    record Deadline(@NotBlank @Size(max = 100) String label,
                    LocalDate date,
                    @Pattern(regexp = "[0-9]{2}-[0-9]{2}", message = "must be a month-day such as 12-15") String everyYear) {
    }

    /** The deadlines as the plan keeps them; a 400 naming the entry that has neither or both forms, or no such day. */
    static List<ReportingDeadline> of(List<Deadline> deadlines) {
        if (deadlines == null) {
            return List.of();
        }
        List<ReportingDeadline> all = new ArrayList<>();
        for (int i = 0; i < deadlines.size(); i++) {
            Deadline d = deadlines.get(i);
            String field = "reportingDeadlines[" + i + "]";
            if ((d.date() == null) == (d.everyYear() == null)) {
                throw ApiException.invalid(field + ".date", "give either a date or everyYear (month-day such as 12-15), not "
                        + (d.date() == null ? "neither" : "both"));
            }
            if (d.everyYear() != null) {
                try {
                    ReportingDeadline.monthDay(d.everyYear());
                } catch (DateTimeException e) {
                    throw ApiException.invalid(field + ".everyYear", d.everyYear() + " is no day of the year (month-day such as 12-15)");
                }
            }
            all.add(new ReportingDeadline(d.label().strip(), d.date(), d.everyYear()));
        }
        return List.copyOf(all);
    }

    List<ReportingDeadline> toDeadlines() {
        return of(reportingDeadlines);
    }
}
