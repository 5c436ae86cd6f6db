package vn.lienket.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.Topics;
import vn.lienket.notification.delivery.DeliveryService;
import vn.lienket.notification.programme.Programmes;
import vn.lienket.support.messaging.IncomingEvents;

/** Province-plan and master-plan events become deliveries; a redelivered event adds none. */
@Component
class PlanEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PlanEventsListener.class);

    private final DeliveryService deliveries;
    private final Programmes programmes;

    PlanEventsListener(DeliveryService deliveries, Programmes programmes) {
        this.deliveries = deliveries;
        this.programmes = programmes;
    }

    @KafkaListener(id = "notification-service.alerts", groupId = "notification-service.alerts${lienket.messaging.group-suffix:}",
            topics = Topics.PROVINCE_PLANS)
    void onProvincePlanEvent(ConsumerRecord<String, String> record) {
        on(record);
    }

    /** The lead authority's side: who leads whom, and deadline events (reminders, overdue, reports missing). */
    @KafkaListener(id = "notification-service.escalations", groupId = "notification-service.escalations${lienket.messaging.group-suffix:}",
            topics = Topics.MASTER_PLANS)
    void onMasterPlanEvent(ConsumerRecord<String, String> record) {
        on(record);
    }

    private void on(ConsumerRecord<String, String> record) {
        IncomingEvents.parse(record).ifPresent(event -> {
            if (event instanceof MasterPlanVersionPublished published) {
                programmes.record(published);
            }
            int added = deliveries.onEvent(event);
            log.debug("Event {} ({}) from {}: {} new deliveries", event.eventId(), event.type(),
                    IncomingEvents.position(record), added);
        });
    }
}
