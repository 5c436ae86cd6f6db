package vn.lienket.plan.masterplan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A date by which members report their progress ("báo cáo kết quả … trước ngày 10/11/2024"), with
 * its label ("6 tháng", "năm"). Either one {@code date}, or {@code everyYear} as month-day
 * ({@code "12-15"}): then it falls on that day in each calendar year the plan's period touches
 * (15/12 of 2023, 2024 and 2025 for a 2023–2025 plan), or in the plan's year when it has no period.
 */
public record ReportingDeadline(String label, LocalDate date, String everyYear) {

    /** The dates this deadline falls on. */
    public List<ReportingDate> dates(PlanPeriod period, int year) {
        if (date != null) {
            return List.of(new ReportingDate(label, date));
        }
        MonthDay day = monthDay(everyYear);
        int first = period == null ? year : period.from().getYear();
        int last = period == null ? year : period.to().getYear();
        return IntStream.rangeClosed(first, last).mapToObj(y -> new ReportingDate(label, day.atYear(y))).toList();
    }

    /** {@code "12-15"} as 15 December; {@link java.time.format.DateTimeParseException} if it is no day of the year. */
    static MonthDay monthDay(String monthDashDay) {
        return MonthDay.parse("--" + monthDashDay);
    }

    /** One date a member must have reported by, and the deadline's label. */
    public record ReportingDate(String label, LocalDate date) {
    }
}
