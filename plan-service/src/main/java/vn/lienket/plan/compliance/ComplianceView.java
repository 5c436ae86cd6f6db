package vn.lienket.plan.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The compliance board of one master plan: one row per member, each against the latest published
 * version, with how many members stand in each status and how many have not yet been told of it.
 */
record ComplianceView(String planId, String planNumber, Integer latestVersion, int notYetNotified,
                      Map<ComplianceStatus, Long> byStatus, List<Row> members) {

    /**
     * One member. {@code requiredVersion} is the version the status is about (the latest, unless
     * the member is already past it); {@code lastNotifiedVersion} and {@code lastNotifiedStatus} say
     * what it was last told of and where it stands on that one.
     */
    record Row(String memberId, ComplianceStatus status, int requiredVersion, int basedOnVersion, LocalDate dueDate,
               Instant notifiedAt, boolean toldAfterDueDate, Instant revisedAt, Boolean onTime,
               Integer lastNotifiedVersion, ComplianceStatus lastNotifiedStatus) {
    }

    static ComplianceView of(String planId, String planNumber, Integer latestVersion, LocalDate latestDue,
                             LocalDate today, List<MemberCompliance> members) {
        List<Row> rows = members.stream().map(m -> {
            MemberCompliance.Standing s = m.standingOn(latestVersion, latestDue, today);
            // a revision of an older version says nothing about the latest one
            boolean older = s.notYetNotified();
            return new Row(m.memberId(), s.status(), s.version(), m.basedOnVersion(), s.dueDate(), s.notifiedAt(),
                    s.toldAfterDueDate(), older ? null : m.revisedAt(), older ? null : m.onTime(),
                    s.lastNotifiedVersion(), s.lastNotifiedStatus());
        }).toList();
        Map<ComplianceStatus, Long> byStatus = rows.stream()
                .collect(Collectors.groupingBy(Row::status, TreeMap::new, Collectors.counting()));
        int notYet = (int) rows.stream().filter(r -> r.status() == ComplianceStatus.PENDING).count();
        return new ComplianceView(planId, planNumber, latestVersion, notYet, byStatus, rows);
    }
}
