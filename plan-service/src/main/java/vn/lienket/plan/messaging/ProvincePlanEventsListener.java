package vn.lienket.plan.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.ActivityProgressReported;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.contracts.Topics;
import vn.lienket.plan.compliance.ComplianceBoard;
import vn.lienket.plan.progress.ProgressBoard;
import vn.lienket.support.deadletter.EventHandlers;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.messaging.MessagingProperties;

/**
 * Province-plan events become compliance rows and progress reports (a successor's takeover of its
 * predecessors' derived plans sets its standing); each handler is idempotent. The
 * handler is registered for re-drives of the records this listener parks.
 */
@Component
class ProvincePlanEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ProvincePlanEventsListener.class);

    private final ComplianceBoard board;
    private final ProgressBoard progressBoard;

    static final String LISTENER = "plan-service.compliance";

    ProvincePlanEventsListener(ComplianceBoard board, ProgressBoard progressBoard, EventHandlers handlers,
                               MessagingProperties messaging) {
        this.board = board;
        this.progressBoard = progressBoard;
        handlers.register(LISTENER + messaging.groupSuffix(), this::on);
    }

    @KafkaListener(id = LISTENER, groupId = LISTENER + "${lienket.messaging.group-suffix:}", topics = Topics.PROVINCE_PLANS)
    void on(ConsumerRecord<String, String> record) {
        IncomingEvents.parse(record).ifPresent(event -> {
            log.debug("Compliance event {} {} from {}", event.type(), event.eventId(), IncomingEvents.position(record));
            if (event instanceof DerivedPlanCreated created) {
                board.record(created);
            } else if (event instanceof DerivedPlanRevisionRequired required) {
                board.record(required);
            } else if (event instanceof DerivedPlanRevised revised) {
                board.record(revised);
            } else if (event instanceof DerivedPlanTakenOver takenOver) {
                board.record(takenOver);
            } else if (event instanceof ActivityProgressReported progress) {
                progressBoard.record(progress);
            }
        });
    }
}
