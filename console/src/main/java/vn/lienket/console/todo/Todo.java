package vn.lienket.console.todo;

import java.time.LocalDate;

/**
 * One thing to do: what, on which plan, by when, and the page where it is done.
 *
 * @param kind what sort of work (revision, report, consolidation, follow-up, operations)
 * @param text the sentence shown
 * @param due by when, if there is a date
 * @param href the page where it is done
 * @param late the date has passed
 */
record Todo(Kind kind, String text, LocalDate due, String href, boolean late) {

    enum Kind { REVISION, CONSOLIDATION, REPORT, FOLLOW_UP, OPERATIONS }

    /** The most urgent first: late ones, then by date, the undated last. */
    static int urgency(Todo a, Todo b) {
        if (a.late != b.late) {
            return a.late ? -1 : 1;
        }
        if (a.due == null || b.due == null) {
            return a.due == null ? (b.due == null ? 0 : 1) : -1;
        }
        return a.due.compareTo(b.due);
    }
}
