package vn.lienket.contracts;

import java.time.LocalDate;

/** An authority's part in a programme: from the day it joined until the day it left (null while it stays). */
public record ProgrammeMembership(String authorityId, LocalDate joinedOn, LocalDate leftOn) {

    /** Is it a member on this day? */
    public boolean activeOn(LocalDate day) {
        return (joinedOn == null || !day.isBefore(joinedOn)) && (leftOn == null || day.isBefore(leftOn));
    }
}
