package vn.lienket.contracts;

import java.time.LocalDate;

/**
 * An authority's part in a programme: from the day it joined until the day it left (null while it
 * stays). {@code succeededBy} names the authority that took its place when it merged (its membership
 * then ends on the succession's effective date); null for a member that left of its own accord.
 */
public record ProgrammeMembership(String authorityId, LocalDate joinedOn, LocalDate leftOn, String succeededBy) {

    public ProgrammeMembership(String authorityId, LocalDate joinedOn, LocalDate leftOn) {
        this(authorityId, joinedOn, leftOn, null);
    }

    /** Is it a member on this day? */
    public boolean activeOn(LocalDate day) {
        return (joinedOn == null || !day.isBefore(joinedOn)) && (leftOn == null || day.isBefore(leftOn));
    }
}
