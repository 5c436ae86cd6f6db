package vn.lienket.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.contracts.Topics;
import vn.lienket.notification.delivery.DeliveryService;
import vn.lienket.notification.directory.Successions;
import vn.lienket.notification.programme.Programmes;
import vn.lienket.support.deadletter.EventHandlers;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.messaging.MessagingProperties;

/**
 * Province-plan events and the lead authority's escalations (compliance reminders and overdue
 * members, missed progress deadlines, each on a topic of its own) become deliveries; a redelivered
 * event adds none, and an event about a member that had left its programme by then alerts no one
 * (a member merged into another is not one that left: what names it reaches its successor). A
 * take-over is told once, by the first event of its (succession, plan).
 * Both listeners register their handler for re-drives of the records they park.
 */
@Component
class PlanEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PlanEventsListener.class);

    private final DeliveryService deliveries;
    private final Programmes programmes;
    private final Successions successions;

    static final String ALERTS = "notification-service.alerts";
    static final String ESCALATIONS = "notification-service.escalations";

    PlanEventsListener(DeliveryService deliveries, Programmes programmes, Successions successions, EventHandlers handlers,
                       MessagingProperties messaging) {
        this.deliveries = deliveries;
        this.programmes = programmes;
        this.successions = successions;
        handlers.register(ALERTS + messaging.groupSuffix(), this::on);
        handlers.register(ESCALATIONS + messaging.groupSuffix(), this::on);
    }

    @KafkaListener(id = ALERTS, groupId = ALERTS + "${lienket.messaging.group-suffix:}", topics = Topics.PROVINCE_PLANS)
    void onProvincePlanEvent(ConsumerRecord<String, String> record) {
        on(record);
    }

    /** The lead authority's side: deadline events (reminders, overdue, reports missing). */
    @KafkaListener(id = ESCALATIONS, groupId = ESCALATIONS + "${lienket.messaging.group-suffix:}",
            topics = {Topics.COMPLIANCE, Topics.PROGRESS_DEADLINES})
    void onEscalation(ConsumerRecord<String, String> record) {
        on(record);
    }

    private void on(ConsumerRecord<String, String> record) {
        IncomingEvents.parse(record).ifPresent(event -> {
            if (programmes.aboutFormerMember(event)) {
                log.info("Event {} ({}) from {} is about a member that had left its programme: no alert", event.eventId(),
                        event.type(), IncomingEvents.position(record));
                return;
            }
            if (event instanceof DerivedPlanTakenOver takenOver && !successions.firstToTell(takenOver)) {
                log.info("Event {} tells again of {}'s take-over of {} in {}, told by an earlier event: no alert",
                        event.eventId(), takenOver.provinceId(), takenOver.masterPlanId(), takenOver.successionId());
                return;
            }
            int added = deliveries.onEvent(event);
            log.debug("Event {} ({}) from {}: {} new deliveries", event.eventId(), event.type(),
                    IncomingEvents.position(record), added);
        });
    }
}
