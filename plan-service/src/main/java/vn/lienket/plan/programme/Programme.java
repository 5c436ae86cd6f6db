package vn.lienket.plan.programme;

import java.time.LocalDate;
import java.util.List;

import vn.lienket.contracts.ProgrammeMembership;

/**
 * A standing cooperation (e.g. HCMC and the 13 Mekong provinces): one lead authority, its members
 * with the dates they joined and left, its sectors and its period.
 *
 * @param status {@code ACTIVE} or {@code ARCHIVED}
 */
public record Programme(String id, String name, List<String> sectors, String leadAuthority,
                        List<ProgrammeMembership> memberships, LocalDate periodFrom, LocalDate periodTo, String status) {

    public static final String ACTIVE = "ACTIVE";
    public static final String ARCHIVED = "ARCHIVED";

    public Programme {
        sectors = List.copyOf(sectors);
        memberships = List.copyOf(memberships);
    }

    /** The members that have not left (a member leaving from a later date is still one until then). */
    public List<String> members() {
        return memberships.stream().filter(m -> m.leftOn() == null).map(ProgrammeMembership::authorityId).toList();
    }

    public List<String> membersOn(LocalDate day) {
        return memberships.stream().filter(m -> m.activeOn(day)).map(ProgrammeMembership::authorityId).toList();
    }

    public boolean isMember(String authority) {
        return members().contains(authority);
    }

    /** Was it ever a member (its data, and what it was told, stay readable to it after it left)? */
    public boolean wasMember(String authority) {
        return memberships.stream().anyMatch(m -> m.authorityId().equals(authority));
    }

    /** The lead authority or a member, now or before: who may read the programme's plans. */
    public boolean isParticipant(String authority) {
        return leadAuthority.equals(authority) || wasMember(authority);
    }

    public boolean archived() {
        return ARCHIVED.equals(status);
    }
}
