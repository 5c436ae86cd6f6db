package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A province reported where one of its activities stands. {@code masterActivityCode} is null for
 * an activity of the province's own. Status is one of NOT_STARTED, IN_PROGRESS, DONE, POSTPONED,
 * CANCELLED.
 */
public record ActivityProgressReported(
        String eventId,
        Instant occurredAt,
        String provinceId,
        String programmeId,
        String leadAuthority,
        String masterPlanId,
        String activityCode,
        String masterActivityCode,
        String status,
        LocalDate asOf,
        String note) implements IntegrationEvent {

    public static final String TYPE = "lienket.derived-plan.progress-reported.v1";

    @Override
    public String subject() {
        return provinceId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
