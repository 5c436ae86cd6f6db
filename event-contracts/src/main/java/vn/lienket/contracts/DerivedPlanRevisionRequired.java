package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A province's derived plan must be revised to a new master version by the due date.
 * {@code affectedUnits} names the lead and coordinating units the province gave the activities
 * these changes touch (added to v1 later: an older payload reads as none).
 */
public record DerivedPlanRevisionRequired(
        String eventId,
        Instant occurredAt,
        String provinceId,
        String programmeId,
        String leadAuthority,
        String masterPlanId,
        String masterPlanNumber,
        String masterPlanTitle,
        int masterVersion,
        int basedOnVersion,
        LocalDate revisionDueDate,
        List<PendingChange> pendingChanges,
        List<String> affectedUnits) implements IntegrationEvent {

    public static final String TYPE = "lienket.derived-plan.revision-required.v1";

    public DerivedPlanRevisionRequired {
        pendingChanges = List.copyOf(pendingChanges);
        affectedUnits = affectedUnits == null ? List.of() : List.copyOf(affectedUnits);
    }

    @Override
    public String subject() {
        return provinceId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
