package vn.lienket.province.programme;

import java.time.LocalDate;
import java.util.List;

import vn.lienket.contracts.ProgrammeMembership;

/**
 * One authority's part in one programme: every period it was a member (it may leave and join
 * again). A member is told of a master version if it was a member on the day the version was
 * published, or is one now (it joined later and catches up); one that left is told of nothing
 * published from its {@code leftOn}.
 */
public record Membership(String programmeId, String authorityId, List<ProgrammeMembership> periods) {

    public boolean activeOn(LocalDate day) {
        return periods.stream().anyMatch(p -> p.activeOn(day));
    }

    /** Told of a version published on {@code published}, read {@code today}. */
    public boolean toldOf(LocalDate published, LocalDate today) {
        return activeOn(published) || activeOn(today);
    }

    /** The day it last joined; null when it has been a member from the programme's start. */
    public LocalDate lastJoinedOn() {
        return periods.stream().map(ProgrammeMembership::joinedOn).filter(d -> d != null)
                .max(LocalDate::compareTo).orElse(null);
    }
}
