package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A succession ({@link AuthoritySucceeded}) applied to one programme: its predecessors' memberships
 * end on {@code effectiveOn} with {@link ProgrammeMembership#succeededBy()} set, the successor is a
 * member from that day (once, however many of its predecessors were), and a merged lead is replaced
 * by the successor. {@code predecessors} are those of the succession that had a part in this
 * programme. A programme archived, or ended before the day, is left as it was. {@code openPlans} are
 * the programme's plans not closed when the succession was applied, as plan-service knows them in
 * the same write: the only plans a successor takes over, however late a consumer hears of a close.
 */
public record ProgrammeSuccessionApplied(String eventId, Instant occurredAt, String by, String successionId,
                                         String successor, List<String> predecessors, LocalDate effectiveOn,
                                         List<String> openPlans, ProgrammeSnapshot programme) implements ProgrammeEvent {

    public static final String TYPE = "lienket.programme.succession-applied.v1";

    public ProgrammeSuccessionApplied {
        predecessors = List.copyOf(predecessors);
        openPlans = openPlans == null ? List.of() : List.copyOf(openPlans);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
