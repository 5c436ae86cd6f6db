package vn.lienket.contracts;

import java.time.Instant;

/** The lead closed a master plan when its work was done: it and every plan derived from it become read-only. */
public record MasterPlanClosed(String eventId, Instant occurredAt, String programmeId, String leadAuthority,
                               String planId, String planNumber, int latestVersion, String by) implements IntegrationEvent {

    public static final String TYPE = "lienket.master-plan.closed.v1";

    @Override
    public String subject() {
        return planId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
