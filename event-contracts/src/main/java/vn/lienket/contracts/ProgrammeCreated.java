package vn.lienket.contracts;

import java.time.Instant;

/** A platform admin created a programme. */
public record ProgrammeCreated(String eventId, Instant occurredAt, String by, ProgrammeSnapshot programme) implements ProgrammeEvent {

    public static final String TYPE = "lienket.programme.created.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
