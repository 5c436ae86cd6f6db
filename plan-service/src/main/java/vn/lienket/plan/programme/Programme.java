package vn.lienket.plan.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    /** The members not recorded as leaving (one recorded as leaving from a later date is no longer counted). */
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

    /**
     * The lead authority or a member now: who reads the programme and its plans. A member that left
     * keeps its own derived plans (province-service), and reads nothing published here after it.
     */
    public boolean isParticipant(String authority) {
        return leadAuthority.equals(authority) || isMember(authority);
    }

    public boolean archived() {
        return ARCHIVED.equals(status);
    }

    /** The membership it holds now: joined, and not recorded as leaving. */
    public Optional<ProgrammeMembership> currentMembership(String authority) {
        return memberships.stream().filter(m -> m.authorityId().equals(authority) && m.leftOn() == null).findFirst();
    }

    /** The programme with this authority a member from {@code joinedOn}; one that left may join again. */
    Programme join(String authority, LocalDate joinedOn) {
        requireOpen();
        if (leadAuthority.equals(authority)) {
            throw ProgrammeChangeRefused.invalid("authorityId", authority + " leads the programme; it cannot also be a member");
        }
        if (currentMembership(authority).isPresent()) {
            throw ProgrammeChangeRefused.conflict("authorityId", authority + " is already a member of " + id);
        }
        requireWithinPeriod("joinedOn", joinedOn);
        memberships.stream().filter(m -> m.authorityId().equals(authority) && m.leftOn() != null
                        && joinedOn.isBefore(m.leftOn()))
                .findFirst().ifPresent(m -> {
                    throw ProgrammeChangeRefused.invalid("joinedOn", authority + " was a member until " + m.leftOn()
                            + "; it can join again from then, not " + joinedOn);
                });
        List<ProgrammeMembership> joined = new ArrayList<>(memberships);
        joined.add(new ProgrammeMembership(authority, joinedOn, null));
        return withMemberships(joined);
    }

    /** The programme with the authority's membership ending on {@code from} (the first day it is no longer one). */
    Programme leave(String authority, LocalDate from) {
        requireOpen();
        ProgrammeMembership current = currentMembership(authority).orElseThrow(() ->
                ProgrammeChangeRefused.conflict("authorityId", authority + " is not a member of " + id));
        if (current.joinedOn() != null && !from.isAfter(current.joinedOn())) {
            throw ProgrammeChangeRefused.invalid("from", "it joined on " + current.joinedOn() + "; it can leave from a later day, not "
                    + from);
        }
        List<ProgrammeMembership> left = new ArrayList<>(memberships);
        left.set(left.indexOf(current), new ProgrammeMembership(authority, current.joinedOn(), from));
        return withMemberships(left);
    }

    /**
     * The predecessors of a succession that have a part in the programme on its day: the lead, or a
     * member whose membership has not ended by then.
     */
    public List<String> partsOf(Collection<String> predecessors, LocalDate effectiveOn) {
        List<String> parts = new ArrayList<>();
        if (predecessors.contains(leadAuthority)) {
            parts.add(leadAuthority);
        }
        memberships.stream().filter(m -> predecessors.contains(m.authorityId()) && current(m))
                .map(ProgrammeMembership::authorityId).filter(a -> !parts.contains(a)).forEach(parts::add);
        return parts;
    }

    /**
     * The programme after a succession: each predecessor's membership ends on {@code effectiveOn}
     * with {@code succeededBy} the successor; a merged lead is replaced by the successor, which then
     * stops being a member; otherwise the successor is a member from that day, once (not again if
     * it is one, not if it leads). The same programme when nothing changes: it is archived, its
     * period ended before the day, no predecessor has a part in it, or the succession was applied.
     */
    public Programme succeed(String successor, Collection<String> predecessors, LocalDate effectiveOn) {
        if (predecessors.contains(successor)) {
            throw new IllegalArgumentException(successor + " cannot succeed itself");
        }
        if (archived() || periodTo != null && periodTo.isBefore(effectiveOn)
                || partsOf(predecessors, effectiveOn).isEmpty()) {
            return this;
        }
        boolean leadMerged = predecessors.contains(leadAuthority);
        String lead = leadMerged ? successor : leadAuthority;
        List<ProgrammeMembership> changed = new ArrayList<>();
        for (ProgrammeMembership m : memberships) {
            boolean ends = current(m) && (predecessors.contains(m.authorityId())
                    || leadMerged && m.authorityId().equals(successor));
            if (ends) {
                LocalDate leftOn = m.joinedOn() != null && m.joinedOn().isAfter(effectiveOn) ? m.joinedOn() : effectiveOn;
                changed.add(new ProgrammeMembership(m.authorityId(), m.joinedOn(), leftOn,
                        predecessors.contains(m.authorityId()) ? successor : null));
            } else {
                changed.add(m);
            }
        }
        boolean successorIsMember = changed.stream().anyMatch(m -> m.authorityId().equals(successor) && m.leftOn() == null);
        if (!lead.equals(successor) && !successorIsMember) {
            LocalDate from = periodFrom != null && periodFrom.isAfter(effectiveOn) ? periodFrom : effectiveOn;
            changed.add(new ProgrammeMembership(successor, from, null));
        }
        return new Programme(id, name, sectors, lead, changed, periodFrom, periodTo, status);
    }

    /**
     * A membership a succession takes over: one not recorded as leaving, as {@link #members()}
     * counts them. A leave already recorded stands as it was recorded, even one dated after the
     * succession: the past, and what the lead decided, are not rewritten.
     */
    private static boolean current(ProgrammeMembership membership) {
        return membership.leftOn() == null;
    }

    Programme archive() {
        requireOpen();
        return new Programme(id, name, sectors, leadAuthority, memberships, periodFrom, periodTo, ARCHIVED);
    }

    private Programme withMemberships(List<ProgrammeMembership> changed) {
        return new Programme(id, name, sectors, leadAuthority, changed, periodFrom, periodTo, status);
    }

    private void requireOpen() {
        if (archived()) {
            throw ProgrammeChangeRefused.conflict("programmeId", "Programme " + id + " is archived: read-only");
        }
    }

    private void requireWithinPeriod(String field, LocalDate day) {
        if (periodFrom != null && day.isBefore(periodFrom) || periodTo != null && day.isAfter(periodTo)) {
            throw ProgrammeChangeRefused.invalid(field, day + " is outside the programme's period " + periodFrom + " – "
                    + (periodTo == null ? "" : periodTo));
        }
    }
}
