package vn.lienket.notification.delivery;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.notification.programme.Programmes;
import vn.lienket.support.store.Documents;

/**
 * The programme and plan an event belongs to, read from the event's own fields, one rule for every
 * event type: the plan is {@code masterPlanId} (province-plan events) or {@code planId}
 * (master-plan events); the programme is {@code programmeId}, or, for an event that names only
 * its plan, the programme the registry knows the plan by. An event that names neither gives
 * deliveries without a programme, which only the unit's own authority sees.
 */
@Component
class EventOrigins {

    private final Programmes programmes;

    EventOrigins(Programmes programmes) {
        this.programmes = programmes;
    }

    Delivery.Origin of(IntegrationEvent event) {
        Document fields = Documents.toDocument(event);
        String planId = text(fields, "masterPlanId");
        if (planId == null) {
            planId = text(fields, "planId");
        }
        String programmeId = text(fields, "programmeId");
        if (programmeId == null && planId != null) {
            programmeId = programmes.ofPlan(planId).orElse(null);
        }
        return new Delivery.Origin(event.eventId(), event.type(), programmeId, planId);
    }

    private static String text(Document fields, String name) {
        Object value = fields.get(name);
        return value instanceof String text && !text.isBlank() ? text : null;
    }
}
