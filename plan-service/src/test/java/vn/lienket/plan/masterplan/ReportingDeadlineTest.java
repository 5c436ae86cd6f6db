package vn.lienket.plan.masterplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.support.web.ApiException;

/** Several reporting deadlines per plan, as real plans have: dated ones, and a day of each year of the period. */
class ReportingDeadlineTest {

    static final PlanPeriod YEARS_2023_TO_2025 = new PlanPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31));

    @Test
    void fifteenDecemberEachYearFallsInEachYearOfA2023To2025Plan() {
        ReportingDeadline annual = new ReportingDeadline("năm", null, "12-15");

        assertThat(annual.dates(YEARS_2023_TO_2025, 2023)).extracting(ReportingDeadline.ReportingDate::date)
                .containsExactly(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 15), LocalDate.of(2025, 12, 15));
    }

    @Test
    void aPlanWithoutAPeriodHasItsRecurringDeadlineInItsOwnYear() {
        assertThat(new ReportingDeadline("năm", null, "11-10").dates(null, 2024))
                .containsExactly(new ReportingDeadline.ReportingDate("năm", LocalDate.of(2024, 11, 10)));
    }

    @Test
    void aPlansDatesAreAllItsDeadlinesDatesEarliestFirst() {
        MasterPlan plan = MasterPlan.create("419-kh-ubnd-2023", "tien-giang-hcmc",
                new PlanHeader("419/KH-UBND", "Kế hoạch", "UBND tỉnh Tiền Giang", LocalDate.of(2023, 3, 1), List.of(), null,
                        YEARS_2023_TO_2025), List.of(),
                List.of(new ReportingDeadline("năm", null, "11-10"), new ReportingDeadline("6 tháng", LocalDate.of(2024, 6, 10), null)),
                java.time.Instant.parse("2023-03-01T00:00:00Z"), "tien-giang");

        assertThat(plan.reportingDates()).extracting(d -> d.label() + " " + d.date())
                .containsExactly("năm 2023-11-10", "6 tháng 2024-06-10", "năm 2024-11-10", "năm 2025-11-10");
    }

    @Test
    void aDeadlineNeedsExactlyOneOfADateAndADayOfTheYearAndARealDay() {
        assertThatThrownBy(() -> ReportingDeadlines.of(List.of(new ReportingDeadlines.Deadline("năm", null, null))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("reportingDeadlines[0].date"));
        assertThatThrownBy(() -> ReportingDeadlines.of(List.of(new ReportingDeadlines.Deadline("6 tháng", LocalDate.of(2024, 6, 10), null),
                new ReportingDeadlines.Deadline("năm", LocalDate.of(2024, 11, 10), "11-10"))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("reportingDeadlines[1].date"));
        assertThatThrownBy(() -> ReportingDeadlines.of(List.of(new ReportingDeadlines.Deadline("năm", null, "02-30"))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("reportingDeadlines[0].everyYear"));
    }
}
