package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** A member has not revised its derived plan to the required master version by the due date. */
public record MemberRevisionOverdue(
        String eventId,
        Instant occurredAt,
        String programmeId,
        String leadAuthority,
        String planId,
        String planNumber,
        String memberId,
        int requiredVersion,
        LocalDate revisionDueDate) implements IntegrationEvent {

    public static final String TYPE = "lienket.compliance.member-overdue.v1";

    @Override
    public String subject() {
        return planId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
