package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** A province published a revision of its derived plan that resolves every pending change. */
public record DerivedPlanRevised(
        String eventId,
        Instant occurredAt,
        String provinceId,
        String programmeId,
        String leadAuthority,
        String masterPlanId,
        String masterPlanNumber,
        int derivedVersion,
        int basedOnVersion,
        LocalDate revisionDueDate,
        boolean onTime) implements IntegrationEvent {

    public static final String TYPE = "lienket.derived-plan.revised.v1";

    @Override
    public String subject() {
        return provinceId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
