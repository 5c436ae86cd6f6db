package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A province received a master plan (its first version, or the latest when it joined later) and
 * derived its own plan from it. {@code revisionDueDate} is the date the lead asked members to have
 * their implementation plan by, null for a version published without one (a seeded plan).
 */
public record DerivedPlanCreated(
        String eventId,
        Instant occurredAt,
        String provinceId,
        String programmeId,
        String leadAuthority,
        String masterPlanId,
        String masterPlanNumber,
        int basedOnVersion,
        String masterPlanTitle,
        LocalDate revisionDueDate) implements IntegrationEvent {

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
