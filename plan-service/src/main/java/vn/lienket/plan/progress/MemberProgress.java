package vn.lienket.plan.progress;

import java.time.Instant;
import java.time.LocalDate;

/** The latest report of one member on one of its activities. */
record MemberProgress(
        String id,
        String planId,
        String memberId,
        String activityCode,
        String masterActivityCode,
        String status,
        LocalDate asOf,
        String note,
        Instant reportedAt) {

    static String idOf(String planId, String memberId, String activityCode) {
        return planId + ":" + memberId + ":" + activityCode;
    }
}
