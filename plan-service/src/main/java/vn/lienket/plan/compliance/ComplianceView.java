package vn.lienket.plan.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The compliance board of one master plan: one row per member. */
record ComplianceView(String planId, String planNumber, Integer latestVersion, List<Row> members) {

    record Row(String memberId, ComplianceStatus status, int requiredVersion, int basedOnVersion, LocalDate dueDate,
               Instant notifiedAt, Instant revisedAt, Boolean onTime) {
    }

    static ComplianceView of(String planId, String planNumber, Integer latestVersion, List<MemberCompliance> members) {
        return new ComplianceView(planId, planNumber, latestVersion, members.stream()
                .map(m -> new Row(m.memberId(), m.status(), m.requiredVersion(), m.basedOnVersion(), m.dueDate(),
                        m.notifiedAt(), m.revisedAt(), m.onTime()))
                .toList());
    }
}
