package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A successor took over its predecessors' derived plans of one open master plan, keeping their
 * history with its origin. {@code status} is the successor's plan after it: {@code UP_TO_DATE},
 * {@code REVISION_REQUIRED} (open revisions carried over, due {@code revisionDueDate}) or
 * {@code CONSOLIDATING} (several plans became one: it cannot publish until each activity is
 * consolidated). What the successor must still do is told to it once, by this event. Keyed by the
 * successor's id, on {@link Topics#PROVINCE_PLANS}.
 */
public record DerivedPlanTakenOver(
        String eventId,
        Instant occurredAt,
        String provinceId,
        String programmeId,
        String leadAuthority,
        String masterPlanId,
        String masterPlanNumber,
        String masterPlanTitle,
        String successionId,
        List<String> predecessors,
        String status,
        int basedOnVersion,
        int latestMasterVersion,
        LocalDate revisionDueDate,
        int pendingChanges,
        int activitiesToConsolidate) implements IntegrationEvent {

    public static final String TYPE = "lienket.derived-plan.taken-over.v1";
    public static final String UP_TO_DATE = "UP_TO_DATE";
    public static final String REVISION_REQUIRED = "REVISION_REQUIRED";
    public static final String CONSOLIDATING = "CONSOLIDATING";

    public DerivedPlanTakenOver {
        predecessors = List.copyOf(predecessors);
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
