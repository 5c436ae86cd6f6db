package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The lead authority published a new, immutable version of a master plan. It carries the whole
 * version and its changes from the previous one, so a province can revise while plan-service is down.
 */
public record MasterPlanVersionPublished(
        String eventId,
        Instant occurredAt,
        String programmeId,
        String leadAuthority,
        List<String> members,
        String planId,
        String planNumber,
        String planTitle,
        int version,
        LocalDate revisionDueDate,
        String summary,
        List<SectionSnapshot> sections,
        List<ActivityChange> changes) implements IntegrationEvent {

    public static final String TYPE = "lienket.master-plan.version-published.v1";

    public MasterPlanVersionPublished {
        members = List.copyOf(members);
        sections = List.copyOf(sections);
        changes = List.copyOf(changes);
    }

    @Override
    public String subject() {
        return planId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
