package vn.lienket.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.Topics;
import vn.lienket.notification.directory.SuccessionMoves;
import vn.lienket.support.deadletter.EventHandlers;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.messaging.MessagingProperties;

/**
 * The map as the register changes it: a succession moves every unit of its predecessors into the
 * successor's directory for review, and from then on what names a predecessor reaches the
 * successor. Its own consumer group, read from the beginning of the compacted topic; idempotent,
 * so a redelivered or replayed succession moves nothing twice. Registered for re-drives of the
 * records it parks.
 */
@Component
class AuthorityEventsListener {

    private static final Logger log = LoggerFactory.getLogger(AuthorityEventsListener.class);

    static final String AUTHORITIES = "notification-service.authorities";

    private final SuccessionMoves moves;

    AuthorityEventsListener(SuccessionMoves moves, EventHandlers handlers, MessagingProperties messaging) {
        this.moves = moves;
        handlers.register(AUTHORITIES + messaging.groupSuffix(), this::on);
    }

    @KafkaListener(id = AUTHORITIES, groupId = AUTHORITIES + "${lienket.messaging.group-suffix:}", topics = Topics.AUTHORITIES)
    void onAuthorityEvent(ConsumerRecord<String, String> record) {
        on(record);
    }

    private void on(ConsumerRecord<String, String> record) {
        IncomingEvents.parse(record).ifPresent(event -> {
            if (event instanceof AuthoritySucceeded succession) {
                int moved = moves.apply(succession);
                log.debug("Succession {} from {}: {} units moved now", succession.successionId(),
                        IncomingEvents.position(record), moved);
            }
        });
    }
}
