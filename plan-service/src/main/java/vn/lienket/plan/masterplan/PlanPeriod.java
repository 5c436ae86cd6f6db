package vn.lienket.plan.masterplan;

import java.time.LocalDate;

/** The period a plan covers, both ends inclusive, e.g. 2023-01-01 to 2025-12-31 for a 2023–2025 plan. */
public record PlanPeriod(LocalDate from, LocalDate to) {
}
