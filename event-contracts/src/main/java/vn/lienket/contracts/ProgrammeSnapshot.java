package vn.lienket.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme as it stands after a change, carried whole by every programme event so that a
 * consumer can replace what it knows instead of replaying deltas.
 *
 * @param status {@code ACTIVE} or {@code ARCHIVED}
 * @param members every authority that was ever a member, with its dates; the lead is not among them
 * @param authorities the register's entry of the lead and of every member
 */
public record ProgrammeSnapshot(
        String programmeId,
        String name,
        List<String> sectors,
        String leadAuthority,
        List<ProgrammeMembership> members,
        LocalDate periodFrom,
        LocalDate periodTo,
        String status,
        List<AuthorityRef> authorities) {

    public static final String ACTIVE = "ACTIVE";
    public static final String ARCHIVED = "ARCHIVED";

    /** The members on this day, in the order they joined. */
    public List<String> membersOn(LocalDate day) {
        return members.stream().filter(m -> m.activeOn(day)).map(ProgrammeMembership::authorityId).toList();
    }

    /** The register's entry for the lead or a member, if it is one. */
    public java.util.Optional<AuthorityRef> authority(String authorityId) {
        return authorities.stream().filter(a -> a.id().equals(authorityId)).findFirst();
    }

    /** Is this authority the lead or a member on this day? */
    public boolean hasPart(String authorityId, LocalDate day) {
        return leadAuthority.equals(authorityId) || membersOn(day).contains(authorityId);
    }
}
