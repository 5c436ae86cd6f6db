package vn.lienket.plan.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The compliance board of one master plan: one row per member, each against the latest published
 * version, with how many members stand in each status and how many have not yet been told of it.
 * A successor's row carries the rows of the members it succeeded ({@code predecessors}), each as it
 * stood on its last day as a member; they are not counted. Members succeeded by the lead authority
 * itself have no row to sit beneath: they are listed in {@code leadPredecessors}.
 */
record ComplianceView(String planId, String planNumber, Integer latestVersion, int notYetNotified,
                      Map<ComplianceStatus, Long> byStatus, List<Row> members, List<Row> leadPredecessors) {

    /**
     * One member. {@code requiredVersion} is the version the status is about (the latest, unless
     * the member is already past it); {@code lastNotifiedVersion} and {@code lastNotifiedStatus} say
     * what it was last told of and where it stands on that one. {@code consolidating}: it took over
     * several derived plans and has not yet published the one plan made of them. A predecessor's row
     * says who succeeded it and from when ({@code succeededBy}, {@code succeededOn}; null on a member's).
     */
    record Row(String memberId, ComplianceStatus status, int requiredVersion, int basedOnVersion, LocalDate dueDate,
               Instant notifiedAt, boolean toldAfterDueDate, Instant revisedAt, Boolean onTime,
               Integer lastNotifiedVersion, ComplianceStatus lastNotifiedStatus, boolean consolidating,
               String succeededBy, LocalDate succeededOn, List<Row> predecessors) {
    }

    /** The latest version published (by a day), and its due date; nulls before any was. */
    record Latest(Integer version, LocalDate dueDate) {
        static final Latest NONE = new Latest(null, null);
    }

    /**
     * The board read {@code today}. {@code rowOf} gives a member's stored row (a pending one when it
     * has none); {@code latestBefore} the latest version published before a day, against which a
     * predecessor is read as it stood on its last day as a member (a version published after it was
     * succeeded was never its to be told of).
     */
    static ComplianceView of(String planId, String planNumber, Latest latest, LocalDate today, BoardMembers board,
                             Function<String, MemberCompliance> rowOf, Function<LocalDate, Latest> latestBefore) {
        List<Row> rows = board.members().stream().map(m -> row(rowOf.apply(m), latest, today, null,
                        board.predecessorsOf(m).stream().map(p -> predecessor(p, rowOf, latestBefore)).toList()))
                .toList();
        Map<ComplianceStatus, Long> byStatus = rows.stream()
                .collect(Collectors.groupingBy(Row::status, TreeMap::new, Collectors.counting()));
        int notYet = (int) rows.stream().filter(r -> r.status() == ComplianceStatus.PENDING).count();
        List<Row> ofLead = board.leadPredecessors().stream().map(p -> predecessor(p, rowOf, latestBefore)).toList();
        return new ComplianceView(planId, planNumber, latest.version(), notYet, byStatus, rows, ofLead);
    }

    private static Row predecessor(BoardMembers.Predecessor p, Function<String, MemberCompliance> rowOf,
                                   Function<LocalDate, Latest> latestBefore) {
        return row(rowOf.apply(p.memberId()), latestBefore.apply(p.succeededOn()), p.lastDay(), p, List.of());
    }

    private static Row row(MemberCompliance m, Latest latest, LocalDate on, BoardMembers.Predecessor succession,
                           List<Row> predecessors) {
        MemberCompliance.Standing s = m.standingOn(latest.version(), latest.dueDate(), on);
        // a revision of an older version says nothing about the latest one
        boolean older = s.notYetNotified();
        return new Row(m.memberId(), s.status(), s.version(), m.basedOnVersion(), s.dueDate(), s.notifiedAt(),
                s.toldAfterDueDate(), older ? null : m.revisedAt(), older ? null : m.onTime(),
                s.lastNotifiedVersion(), s.lastNotifiedStatus(), m.consolidating(),
                succession == null ? null : succession.succeededBy(), succession == null ? null : succession.succeededOn(),
                predecessors);
    }
}
