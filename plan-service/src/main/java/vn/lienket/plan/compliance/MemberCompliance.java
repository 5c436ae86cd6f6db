package vn.lienket.plan.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.support.time.VietnamTime;

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
        int overdueReportedFor,
        List<Integer> remindedDaysBefore,
        boolean consolidating,
        List<String> takenOver) {

    MemberCompliance {
        remindedDaysBefore = remindedDaysBefore == null ? List.of() : List.copyOf(remindedDaysBefore);
        takenOver = takenOver == null ? List.of() : List.copyOf(takenOver);
    }

    static String idOf(String planId, String memberId) {
        return planId + ":" + memberId;
    }

    static MemberCompliance pending(String planId, String memberId) {
        return new MemberCompliance(idOf(planId, memberId), planId, memberId, ComplianceStatus.PENDING, 0, 0,
                null, null, null, null, 0, List.of(), false, List.of());
    }

    MemberCompliance notified(int version, LocalDate due, Instant at) {
        if (version <= requiredVersion) {
            return this;
        }
        return new MemberCompliance(id, planId, memberId, ComplianceStatus.NOTIFIED, version, basedOnVersion, due, at,
                null, null, overdueReportedFor, List.of(), consolidating, takenOver);
    }

    /**
     * Revised to {@code version}. While it consolidates the plans it took over, publishing the
     * consolidated plan is the revision, even at the version it was already based on; a revision
     * made before the takeover (redelivered) is not.
     */
    MemberCompliance revised(int version, boolean inTime, Instant at) {
        boolean consolidated = consolidating && version >= basedOnVersion && notifiedAt != null && at.isAfter(notifiedAt);
        if (version <= basedOnVersion && !consolidated) {
            return this;
        }
        return new MemberCompliance(id, planId, memberId, ComplianceStatus.REVISED, Math.max(version, requiredVersion),
                version, dueDate, notifiedAt, at, inTime, overdueReportedFor, remindedDaysBefore, false, takenOver);
    }

    /**
     * The member, as a successor, took over its predecessors' derived plans of this master plan
     * ({@code DerivedPlanTakenOver}, once per succession): {@code UP_TO_DATE}, it stands revised at
     * {@code basedOn}; {@code REVISION_REQUIRED} or {@code CONSOLIDATING}, it is told of
     * {@code latest}, due {@code due} (the plan's, carried over), unless it already was. A
     * succession already applied changes nothing.
     */
    MemberCompliance takenOver(String successionId, String standing, int basedOn, int latest, LocalDate due, Instant at) {
        if (takenOver.contains(successionId)) {
            return this;
        }
        List<String> applied = new ArrayList<>(takenOver);
        applied.add(successionId);
        int based = Math.max(basedOnVersion, basedOn);
        if (DerivedPlanTakenOver.UP_TO_DATE.equals(standing)) {
            return based > basedOnVersion
                    ? new MemberCompliance(id, planId, memberId, ComplianceStatus.REVISED, Math.max(based, requiredVersion),
                    based, dueDate, notifiedAt, at, null, overdueReportedFor, remindedDaysBefore, consolidating, applied)
                    : new MemberCompliance(id, planId, memberId, status, requiredVersion, basedOnVersion, dueDate,
                    notifiedAt, revisedAt, onTime, overdueReportedFor, remindedDaysBefore, consolidating, applied);
        }
        boolean consolidate = consolidating || DerivedPlanTakenOver.CONSOLIDATING.equals(standing);
        boolean alreadyTold = status != ComplianceStatus.PENDING && status != ComplianceStatus.REVISED && requiredVersion >= latest;
        if (alreadyTold) {
            return new MemberCompliance(id, planId, memberId, status, requiredVersion, based, dueDate, notifiedAt,
                    revisedAt, onTime, overdueReportedFor, remindedDaysBefore, consolidate, applied);
        }
        int version = Math.max(latest, requiredVersion);
        return new MemberCompliance(id, planId, memberId, ComplianceStatus.NOTIFIED, version, based, due, at, null, null,
                overdueReportedFor, version > requiredVersion ? List.of() : remindedDaysBefore, consolidate, applied);
    }

    /** NOTIFIED turns OVERDUE once the due date has passed, as soon as anyone reads it. */
    MemberCompliance asOf(LocalDate today) {
        if (status == ComplianceStatus.NOTIFIED && dueDate != null && today.isAfter(dueDate)) {
            return new MemberCompliance(id, planId, memberId, ComplianceStatus.OVERDUE, requiredVersion, basedOnVersion,
                    dueDate, notifiedAt, revisedAt, onTime, overdueReportedFor, remindedDaysBefore, consolidating, takenOver);
        }
        return this;
    }

    /** Whether the member has been told of {@code version} (or already revised to it). */
    boolean toldOf(int version) {
        return status != ComplianceStatus.PENDING && requiredVersion >= version;
    }

    /** Told of its required version only after that version's due date had passed: late, through no fault of its own. */
    boolean toldAfterDueDate() {
        return notifiedAt != null && dueDate != null && VietnamTime.dateOf(notifiedAt).isAfter(dueDate);
    }

    /**
     * Where the member stands on the latest published version ({@code latest}, due {@code latestDue}),
     * as read {@code today}. A member not yet told of it is PENDING for it, whatever it was on the
     * version it was last told of: the board never shows an older notice as the latest one's.
     */
    Standing standingOn(Integer latest, LocalDate latestDue, LocalDate today) {
        MemberCompliance now = asOf(today);
        Integer lastTold = status == ComplianceStatus.PENDING ? null : requiredVersion;
        ComplianceStatus lastStatus = lastTold == null ? null : now.status;
        if (latest != null && !toldOf(latest)) {
            return new Standing(ComplianceStatus.PENDING, latest, latestDue, null, false, lastTold, lastStatus);
        }
        return new Standing(now.status, requiredVersion, dueDate, notifiedAt, toldAfterDueDate(), lastTold, lastStatus);
    }

    /**
     * The member's standing on one version: its status, that version and its due date (the plan's),
     * when it was told, whether it was told only after the due date, and the version it was last
     * told of with its status there (null when never told of any).
     */
    record Standing(ComplianceStatus status, int version, LocalDate dueDate, Instant notifiedAt, boolean toldAfterDueDate,
                    Integer lastNotifiedVersion, ComplianceStatus lastNotifiedStatus) {

        boolean notYetNotified() {
            return status == ComplianceStatus.PENDING;
        }
    }

    /** Overdue for its required version and not yet reported as such: the scheduled check reports it, once. */
    boolean overdueUnreported(LocalDate today) {
        return asOf(today).status == ComplianceStatus.OVERDUE && overdueReportedFor < requiredVersion;
    }

    MemberCompliance reportedOverdue() {
        return new MemberCompliance(id, planId, memberId, ComplianceStatus.OVERDUE, requiredVersion, basedOnVersion,
                dueDate, notifiedAt, revisedAt, onTime, requiredVersion, remindedDaysBefore, consolidating, takenOver);
    }

    /**
     * The reminder to send today, if any: the nearest of {@code daysBefore} (e.g. 7 and 1) that the
     * due date has come within, not sent yet for this version, and reached after the member was
     * notified (a member told 3 days before the due date gets no 7-day reminder).
     */
    Optional<Integer> reminderDue(LocalDate today, List<Integer> daysBefore) {
        if (asOf(today).status != ComplianceStatus.NOTIFIED || dueDate == null || notifiedAt == null) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        LocalDate notifiedOn = VietnamTime.dateOf(notifiedAt);
        return daysBefore.stream()
                .filter(d -> daysLeft <= d && notifiedOn.isBefore(dueDate.minusDays(d)))
                .filter(d -> remindedDaysBefore.stream().noneMatch(sent -> sent <= d))
                .min(Integer::compare);
    }

    /** Reminded {@code days} before: farther reminders not yet sent are skipped, not sent late. */
    MemberCompliance reminded(int days) {
        List<Integer> sent = new ArrayList<>(remindedDaysBefore);
        sent.add(days);
        return new MemberCompliance(id, planId, memberId, status, requiredVersion, basedOnVersion, dueDate, notifiedAt,
                revisedAt, onTime, overdueReportedFor, sent, consolidating, takenOver);
    }
}
