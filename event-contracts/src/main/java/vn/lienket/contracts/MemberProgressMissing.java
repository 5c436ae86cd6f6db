package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** A member had reported no progress on a master plan by the plan's reporting deadline. */
public record MemberProgressMissing(
        String eventId,
        Instant occurredAt,
        String programmeId,
        String leadAuthority,
        String planId,
        String planNumber,
        String memberId,
        LocalDate reportingDeadline) implements IntegrationEvent {

    public static final String TYPE = "lienket.progress.report-missing.v1";

    @Override
    public String subject() {
        return planId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
