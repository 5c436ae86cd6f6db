package vn.lienket.plan.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.Topics;
import vn.lienket.plan.programme.ProgrammeService;
import vn.lienket.support.deadletter.EventHandlers;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.messaging.MessagingProperties;

/**
 * Successions recorded in the register ({@code lienket.authorities.v1}, this service's own topic)
 * are applied to the programmes, in a consumer group of their own: each programme a predecessor
 * has a part in is changed once, however often a succession is delivered or the topic is replayed.
 * The handler is registered for re-drives of the records this listener parks.
 */
@Component
class AuthorityEventsListener {

    private static final Logger log = LoggerFactory.getLogger(AuthorityEventsListener.class);

    static final String LISTENER = "plan-service.successions";

    private final ProgrammeService programmes;

    AuthorityEventsListener(ProgrammeService programmes, EventHandlers handlers, MessagingProperties messaging) {
        this.programmes = programmes;
        handlers.register(LISTENER + messaging.groupSuffix(), this::on);
    }

    @KafkaListener(id = LISTENER, groupId = LISTENER + "${lienket.messaging.group-suffix:}", topics = Topics.AUTHORITIES)
    void on(ConsumerRecord<String, String> record) {
        IncomingEvents.parse(record).ifPresent(event -> {
            if (event instanceof AuthoritySucceeded succeeded) {
                int changed = programmes.applySuccession(succeeded).size();
                log.info("Succession {} from {} applied to {} programme(s)", succeeded.successionId(),
                        IncomingEvents.position(record), changed);
            }
        });
    }
}
