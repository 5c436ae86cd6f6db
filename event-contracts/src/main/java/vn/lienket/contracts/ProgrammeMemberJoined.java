package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** An authority joined a programme from {@code joinedOn}: it is told of every plan of the programme from now on. */
public record ProgrammeMemberJoined(String eventId, Instant occurredAt, String by, String memberId, LocalDate joinedOn,
                                    ProgrammeSnapshot programme) implements ProgrammeEvent {

    public static final String TYPE = "lienket.programme.member-joined.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
