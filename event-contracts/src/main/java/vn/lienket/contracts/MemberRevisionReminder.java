package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** A member has still to revise to the required master version, and the due date is {@code daysLeft} days away. */
public record MemberRevisionReminder(
        String eventId,
        Instant occurredAt,
        String programmeId,
        String leadAuthority,
        String planId,
        String planNumber,
        String memberId,
        int requiredVersion,
        LocalDate revisionDueDate,
        int daysLeft) implements IntegrationEvent {

    public static final String TYPE = "lienket.compliance.revision-reminder.v1";

    @Override
    public String subject() {
        return planId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
