package vn.lienket.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.ProgrammeCreated;
import vn.lienket.contracts.ProgrammeEvent;
import vn.lienket.contracts.ProgrammeMemberJoined;
import vn.lienket.contracts.ProgrammeSuccessionApplied;
import vn.lienket.contracts.Topics;
import vn.lienket.notification.directory.NewAuthorities;
import vn.lienket.notification.programme.Programmes;
import vn.lienket.support.deadletter.EventHandlers;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.messaging.MessagingProperties;

/**
 * Who leads whom, at run time: programme events replace what is known of a programme's lead and
 * members, and start the directory of an authority new to it (created, joined, or a successor
 * taking its predecessors' places); published
 * versions say which plans are whose. Nothing here alerts anyone. Idempotent: every event carries
 * the whole programme, and a unit is started only where none is.
 */
@Component
class ProgrammeEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeEventsListener.class);

    static final String PROGRAMMES = "notification-service.programmes";

    private final Programmes programmes;
    private final NewAuthorities newAuthorities;

    ProgrammeEventsListener(Programmes programmes, NewAuthorities newAuthorities, EventHandlers handlers,
                            MessagingProperties messaging) {
        this.programmes = programmes;
        this.newAuthorities = newAuthorities;
        handlers.register(PROGRAMMES + messaging.groupSuffix(), this::on);
    }

    @KafkaListener(id = PROGRAMMES, groupId = PROGRAMMES + "${lienket.messaging.group-suffix:}",
            topics = {Topics.PROGRAMMES, Topics.MASTER_PLANS})
    void onProgrammeOrPlanEvent(ConsumerRecord<String, String> record) {
        on(record);
    }

    private void on(ConsumerRecord<String, String> record) {
        IncomingEvents.parse(record).ifPresent(event -> {
            log.debug("Event {} ({}) from {}", event.eventId(), event.type(), IncomingEvents.position(record));
            if (event instanceof ProgrammeEvent changed) {
                programmes.record(changed);
                if (changed instanceof ProgrammeCreated || changed instanceof ProgrammeMemberJoined
                        || changed instanceof ProgrammeSuccessionApplied) {
                    newAuthorities.start(changed.programme());
                }
            } else if (event instanceof MasterPlanVersionPublished published) {
                programmes.record(published);
            }
        });
    }
}
