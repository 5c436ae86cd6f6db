package vn.lienket.plan.progress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.lienket.plan.compliance.BoardMembers;

/**
 * One master activity's roll-up: each member's reports, a successor's with its predecessors' beneath,
 * and the count per status of what is at the top (the predecessors' reports are history, not counted).
 */
final class ProgressRollUp {

    private ProgressRollUp() {
    }

    static ProgressView.Activity activity(String code, String title, List<MemberProgress> all, BoardMembers board) {
        List<MemberProgress> onIt = all.stream().filter(r -> code.equals(r.masterActivityCode())).toList();
        Set<String> placed = new HashSet<>();
        List<ProgressView.Report> top = new ArrayList<>();
        for (String member : board.members()) {
            List<ProgressView.Report> beneath = predecessors(board.predecessorsOf(member), onIt);
            List<MemberProgress> own = of(member, onIt);
            if (own.isEmpty() && !beneath.isEmpty()) {
                top.add(new ProgressView.Report(member, null, null, null, null, 0, null, null, beneath));
            }
            for (int i = 0; i < own.size(); i++) {
                top.add(report(own.get(i), null, i == 0 ? beneath : List.of()));
            }
            placed.add(member);
        }
        board.allPredecessors().forEach(p -> placed.add(p.memberId()));
        // anyone else who reported on it (a member that left of its own accord) stays as before
        onIt.stream().filter(r -> !placed.contains(r.memberId())).forEach(r -> top.add(report(r, null, List.of())));
        Map<String, Long> byStatus = top.stream().map(ProgressView.Report::status).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        return new ProgressView.Activity(code, title, byStatus, top, predecessors(board.leadPredecessors(), onIt));
    }

    private static List<ProgressView.Report> predecessors(List<BoardMembers.Predecessor> predecessors, List<MemberProgress> onIt) {
        return predecessors.stream().flatMap(p -> of(p.memberId(), onIt).stream().map(r -> report(r, p, List.of())))
                .toList();
    }

    private static List<MemberProgress> of(String member, List<MemberProgress> reports) {
        return reports.stream().filter(r -> r.memberId().equals(member)).toList();
    }

    private static ProgressView.Report report(MemberProgress r, BoardMembers.Predecessor succession,
                                              List<ProgressView.Report> predecessors) {
        return new ProgressView.Report(r.memberId(), r.status(), r.asOf(), r.note(), r.reportedAt(), r.history().size(),
                succession == null ? null : succession.succeededBy(), succession == null ? null : succession.succeededOn(),
                predecessors);
    }
}
