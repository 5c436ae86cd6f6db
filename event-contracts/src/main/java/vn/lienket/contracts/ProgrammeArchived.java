package vn.lienket.contracts;

import java.time.Instant;

/** A programme was archived: it stays readable, and nothing new starts in it. */
public record ProgrammeArchived(String eventId, Instant occurredAt, String by, ProgrammeSnapshot programme) implements ProgrammeEvent {

    public static final String TYPE = "lienket.programme.archived.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
