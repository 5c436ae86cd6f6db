package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** An authority leaves a programme from {@code leftOn}: it is told nothing new after that; its data stays readable. */
public record ProgrammeMemberLeft(String eventId, Instant occurredAt, String by, String memberId, LocalDate leftOn,
                                  ProgrammeSnapshot programme) implements ProgrammeEvent {

    public static final String TYPE = "lienket.programme.member-left.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
