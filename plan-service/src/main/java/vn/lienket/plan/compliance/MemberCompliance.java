package vn.lienket.plan.compliance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One member's standing on one master plan, as its province-service has reported it.
 * Versions only move forward, so a redelivered or late event changes nothing.
 */
record MemberCompliance(
        String id,
        String planId,
        String memberId,
        ComplianceStatus status,
        int requiredVersion,
        int basedOnVersion,
        LocalDate dueDate,
        Instant notifiedAt,
        Instant revisedAt,
        Boolean onTime,
        int overdueReportedFor) {

    static String idOf(String planId, String memberId) {
        return planId + ":" + memberId;
    }

    static MemberCompliance pending(String planId, String memberId) {
        return new MemberCompliance(idOf(planId, memberId), planId, memberId, ComplianceStatus.PENDING, 0, 0,
                null, null, null, null, 0);
    }

    MemberCompliance notified(int version, LocalDate due, Instant at) {
        if (version <= requiredVersion) {
            return this;
        }
        return new MemberCompliance(id, planId, memberId, ComplianceStatus.NOTIFIED, version, basedOnVersion, due, at,
                null, null, overdueReportedFor);
    }

    MemberCompliance revised(int version, boolean inTime, Instant at) {
        if (version <= basedOnVersion) {
            return this;
        }
        return new MemberCompliance(id, planId, memberId, ComplianceStatus.REVISED, Math.max(version, requiredVersion),
                version, dueDate, notifiedAt, at, inTime, overdueReportedFor);
    }

    /** NOTIFIED turns OVERDUE once the due date has passed, as soon as anyone reads it. */
    MemberCompliance asOf(LocalDate today) {
        if (status == ComplianceStatus.NOTIFIED && dueDate != null && today.isAfter(dueDate)) {
            return new MemberCompliance(id, planId, memberId, ComplianceStatus.OVERDUE, requiredVersion, basedOnVersion,
                    dueDate, notifiedAt, revisedAt, onTime, overdueReportedFor);
        }
        return this;
    }

    /** Overdue for its required version and not yet reported as such: the scheduled check reports it, once. */
    boolean overdueUnreported(LocalDate today) {
        return asOf(today).status == ComplianceStatus.OVERDUE && overdueReportedFor < requiredVersion;
    }

    MemberCompliance reportedOverdue() {
        return new MemberCompliance(id, planId, memberId, ComplianceStatus.OVERDUE, requiredVersion, basedOnVersion,
                dueDate, notifiedAt, revisedAt, onTime, requiredVersion);
    }
}
