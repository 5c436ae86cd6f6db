package vn.lienket.plan.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.lienket.contracts.ProgrammeMembership;
import vn.lienket.plan.masterplan.MasterPlan;
import vn.lienket.plan.programme.Programme;

/**
 * Who a plan's boards show: its members (the programme's current ones while the plan is open, those
 * it had when it was closed once it is), and beneath each the members it succeeded, directly or
 * through a successor it absorbed in turn (a membership's {@code succeededBy}). A member succeeded
 * by the lead authority has no row to sit beneath: it is listed under {@link #leadPredecessors()}.
 * A member that left of its own accord is on neither list, as before the 2025 map.
 */
public record BoardMembers(List<String> members, Map<String, List<Predecessor>> predecessors,
                           List<Predecessor> leadPredecessors) {

    /** A member no longer one because {@code succeededBy} took its place from {@code succeededOn}. */
    public record Predecessor(String memberId, String succeededBy, LocalDate succeededOn) {

        /** The last day it was a member: its row is read as it stood then. */
        public LocalDate lastDay() {
            return succeededOn.minusDays(1);
        }
    }

    public BoardMembers {
        members = List.copyOf(members);
        predecessors = Map.copyOf(predecessors);
        leadPredecessors = List.copyOf(leadPredecessors);
    }

    /**
     * The members the plan's boards show. {@code membersAtClose} is what the plan recorded when it
     * was closed (null while open, and for a plan closed before it was recorded): then, and only
     * then, the programme's current members stand in for it.
     */
    public static BoardMembers of(MasterPlan plan, Programme programme, List<String> membersAtClose) {
        List<String> members = plan.isClosed() && membersAtClose != null ? membersAtClose : programme.members();
        return of(members, programme.leadAuthority(), programme.memberships());
    }

    /** The members the plan's boards show, with what it recorded when it was closed. */
    public static BoardMembers of(MasterPlan plan, Programme programme) {
        return of(plan, programme, membersAtClose(plan));
    }

    /** The members recorded when the plan was closed; null while it is open, or for one closed before they were recorded. */
    private static List<String> membersAtClose(MasterPlan plan) {
        return plan.membersAtClose();
    }

    static BoardMembers of(List<String> members, String lead, List<ProgrammeMembership> memberships) {
        Map<String, ProgrammeMembership> succeeded = new LinkedHashMap<>();
        memberships.stream().filter(m -> m.succeededBy() != null && m.leftOn() != null && !members.contains(m.authorityId()))
                .sorted(Comparator.comparing(ProgrammeMembership::leftOn))
                .forEach(m -> succeeded.put(m.authorityId(), m)); // the latest succession of each counts
        Map<String, List<Predecessor>> beneath = new LinkedHashMap<>();
        List<Predecessor> ofLead = new ArrayList<>();
        for (ProgrammeMembership m : succeeded.values()) {
            Predecessor predecessor = new Predecessor(m.authorityId(), m.succeededBy(), m.leftOn());
            Optional<String> row = rowOf(m.authorityId(), members, succeeded);
            if (row.isPresent()) {
                beneath.computeIfAbsent(row.get(), k -> new ArrayList<>()).add(predecessor);
            } else if (lead.equals(last(m.authorityId(), succeeded))) {
                ofLead.add(predecessor);
            }
        }
        return new BoardMembers(members, beneath, ofLead);
    }

    /** The predecessors shown beneath this member's row, earliest succession first. */
    public List<Predecessor> predecessorsOf(String member) {
        return predecessors.getOrDefault(member, List.of());
    }

    /** Every predecessor on the board, beneath a member or the lead. */
    public List<Predecessor> allPredecessors() {
        List<Predecessor> all = new ArrayList<>();
        members.forEach(m -> all.addAll(predecessorsOf(m)));
        all.addAll(leadPredecessors);
        return all;
    }

    /** The member whose row it sits beneath: the first in its chain of successors that is on the board. */
    private static Optional<String> rowOf(String predecessor, List<String> members, Map<String, ProgrammeMembership> succeeded) {
        Set<String> seen = new HashSet<>();
        String at = predecessor;
        while (seen.add(at) && succeeded.containsKey(at)) {
            at = succeeded.get(at).succeededBy();
            if (members.contains(at)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** The end of its chain of successors. */
    private static String last(String predecessor, Map<String, ProgrammeMembership> succeeded) {
        Set<String> seen = new HashSet<>();
        String at = predecessor;
        while (seen.add(at) && succeeded.containsKey(at)) {
            at = succeeded.get(at).succeededBy();
        }
        return at;
    }
}
