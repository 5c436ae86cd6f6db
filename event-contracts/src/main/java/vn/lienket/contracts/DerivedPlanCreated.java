package vn.lienket.contracts;

import java.time.Instant;

/** A province received the first version of a master plan and derived its own plan from it. */
public record DerivedPlanCreated(
        String eventId,
        Instant occurredAt,
        String provinceId,
        String programmeId,
        String leadAuthority,
        String masterPlanId,
        String masterPlanNumber,
        int basedOnVersion) implements IntegrationEvent {

    public static final String TYPE = "lienket.derived-plan.created.v1";

    @Override
    public String subject() {
        return provinceId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
