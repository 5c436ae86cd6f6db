package vn.lienket.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.notification.alert.Alert;
import vn.lienket.notification.alert.AlertComposer;
import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.UnitDirectory;
import vn.lienket.support.security.Caller;
import vn.lienket.support.security.Roles;
import vn.lienket.support.web.ApiException;

/** Turns events into deliveries (once per event, unit and channel) and shows the delivery log. */
@Service
public class DeliveryService {

    private final AlertComposer composer;
    private final Deliveries deliveries;
    private final DeliveryDispatcher dispatcher;
    private final UnitDirectory directory;
    private final Clock clock;

    DeliveryService(AlertComposer composer, Deliveries deliveries, DeliveryDispatcher dispatcher, UnitDirectory directory,
                    Clock clock) {
        this.composer = composer;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.directory = directory;
        this.clock = clock;
    }

    /** Records the deliveries an event causes; a redelivered event finds them recorded and adds nothing. */
    public int onEvent(IntegrationEvent event) {
        Instant now = clock.instant();
        int added = 0;
        for (Alert alert : composer.compose(event)) {
            Instant due = holdsForQuietHours(alert) ? alert.unit().quietHoursOrDefault().releaseAfter(now) : now;
            String held = due.isAfter(now) ? "held for quiet hours until " + due : null;
            Delivery delivery = new Delivery(Delivery.idOf(event.eventId(), alert.unit().id(), alert.channel()),
                    event.eventId(), event.type(), alert.unit().authorityId(), alert.unit().id(), alert.channel(),
                    alert.recipient(), alert.subject(), alert.text(), DeliveryStatus.QUEUED, 0, due.toEpochMilli(),
                    now, now, null, List.of(new Delivery.Step(DeliveryStatus.QUEUED, now, held)), alert.urgent(),
                    alert.fallback());
            if (deliveries.add(delivery)) {
                added++;
            }
        }
        if (added > 0) {
            dispatcher.wake();
        }
        return added;
    }

    /**
     * Puts a FAILED delivery back in the queue with a fresh retry schedule, to the unit's current
     * contact point (a corrected address is used); the timeline keeps who asked.
     */
    Delivery resend(String id, Caller caller) {
        if (!caller.hasRole(Roles.COORDINATOR)) {
            throw ApiException.forbidden("Resending is for coordinators");
        }
        Delivery failed = deliveries.find(id).orElseThrow(() -> ApiException.notFound("No delivery " + id));
        if (failed.status() != DeliveryStatus.FAILED) {
            throw ApiException.conflict("Delivery " + id + " is " + failed.status() + "; only a FAILED one is resent");
        }
        Instant now = clock.instant();
        String recipient = directory.find(failed.unitId())
                .map(u -> failed.channel() == Channel.EMAIL ? u.email() : u.mobile())
                .filter(r -> r != null && !r.isBlank()).orElse(failed.recipient());
        Delivery queued = failed.to(recipient).next(DeliveryStatus.QUEUED, 0, now.toEpochMilli(), now,
                "resent by " + caller.principal() + " (" + caller.tenant() + ") to " + recipient);
        if (!deliveries.replace(failed, queued)) {
            throw ApiException.conflict("Delivery " + id + " changed meanwhile; read it again");
        }
        dispatcher.wake();
        return queued;
    }

    /** Non-urgent SMS wait out the unit's quiet hours; email and urgent alerts do not. */
    private static boolean holdsForQuietHours(Alert alert) {
        return alert.channel() == Channel.SMS && !alert.urgent();
    }

    List<Delivery> log(String authorityId, String eventId, String status, int limit, Caller caller) {
        if (!caller.hasRole(Roles.COORDINATOR)) {
            throw ApiException.forbidden("The delivery log is for coordinators");
        }
        List<Bson> filters = new ArrayList<>();
        if (authorityId != null) {
            filters.add(Filters.eq("authorityId", authorityId));
        }
        if (eventId != null) {
            filters.add(Filters.eq("eventId", eventId));
        }
        if (status != null) {
            filters.add(Filters.eq("status", DeliveryStatus.valueOf(status).name()));
        }
        return deliveries.find(filters.isEmpty() ? Filters.empty() : Filters.and(filters), limit);
    }
}
