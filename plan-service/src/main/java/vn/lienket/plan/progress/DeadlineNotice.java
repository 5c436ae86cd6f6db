package vn.lienket.plan.progress;

import java.time.LocalDate;
import java.util.List;

/** That the members missing at a plan's reporting deadline were told, once: one per (plan, deadline). */
record DeadlineNotice(String id, String planId, LocalDate deadline, List<String> missing) {

    static String idOf(String planId, LocalDate deadline) {
        return planId + ":" + deadline;
    }
}
