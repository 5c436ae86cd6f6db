package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A province's derived plan must be revised to a new master version by the due date. */
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
        List<PendingChange> pendingChanges) implements IntegrationEvent {

    public static final String TYPE = "lienket.derived-plan.revision-required.v1";

    public DerivedPlanRevisionRequired {
        pendingChanges = List.copyOf(pendingChanges);
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
