package vn.lienket.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.notification.alert.Alert;
import vn.lienket.notification.alert.AlertComposer;
import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.QuietHours;
import vn.lienket.notification.directory.UnitDirectory;
import vn.lienket.support.messaging.NotYetException;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/** Turns events into deliveries (once per event, unit and channel) and shows the delivery log. */
@Service
public class DeliveryService {

    private final AlertComposer composer;
    private final Deliveries deliveries;
    private final DeliveryDispatcher dispatcher;
    private final UnitDirectory directory;
    private final DigestWindows windows;
    private final DeliveryAccess access;
    private final EventOrigins origins;
    private final DeliveryProperties properties;
    private final Clock clock;

    DeliveryService(AlertComposer composer, Deliveries deliveries, DeliveryDispatcher dispatcher, UnitDirectory directory,
                    DigestWindows windows, DeliveryProperties properties, DeliveryAccess access, EventOrigins origins,
                    Clock clock) {
        this.composer = composer;
        this.access = access;
        this.origins = origins;
        this.windows = windows;
        this.properties = properties;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Records the deliveries an event causes, each with the programme and plan the event belongs
     * to; a redelivered event finds them recorded and adds nothing. A non-urgent SMS waits out the unit's quiet hours; a non-urgent alert inside the
     * unit's digest window waits for the window's end, to go with the others as one digest.
     */
    public int onEvent(IntegrationEvent event) {
        Instant now = clock.instant();
        int added = 0;
        List<Alert> alerts = composer.compose(event);
        if (alerts.isEmpty() && event instanceof DerivedPlanTakenOver takenOver
                && directory.tourismUnitOf(takenOver.provinceId()).isEmpty()) {
            // told once and only by this event: it waits for the successor's tourism unit (a
            // successor new to the directory gets it from another topic) instead of being lost
            throw new NotYetException("the tourism unit of " + takenOver.provinceId() + " in the directory");
        }
        Delivery.Origin origin = alerts.isEmpty() ? null : origins.of(event);
        for (Alert alert : alerts) {
            String id = Delivery.idOf(event.eventId(), alert.unit().id(), alert.channel());
            if (deliveries.exists(id)) {
                continue;
            }
            long due = now.toEpochMilli();
            String held = null;
            QuietHours quiet = holdsForQuietHours(alert) ? properties.quietHoursOf(alert.unit()).orElse(null) : null;
            if (quiet != null) {
                Instant release = quiet.releaseAfter(now);
                if (release.isAfter(now)) {
                    due = release.toEpochMilli();
                    held = "held for quiet hours until " + release;
                }
            }
            if (!alert.urgent()) {
                long digestAt = windows.admit(alert.unit().id(), alert.channel(), now.toEpochMilli(),
                        properties.digestWindow().toMillis());
                if (digestAt > due) {
                    due = digestAt;
                    held = "held for a digest until " + Instant.ofEpochMilli(digestAt);
                }
            }
            if (deliveries.add(Delivery.queued(origin, alert.unit().authorityId(),
                    alert.unit().id(), alert.channel(), alert.recipient(), alert.subject(), alert.text(), alert.html(),
                    alert.urgent(), alert.fallback(), now, due, held))) {
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
     * contact point (a corrected address is used); the timeline keeps who asked. Only the lead
     * coordinator of the delivery's programme may.
     */
    Delivery resend(String id, Caller caller) {
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

    /** One delivery, for the lead of its programme or the authority whose unit it is for. */
    Delivery get(String id, Caller caller) {
        return deliveries.find(id).orElseThrow(() -> ApiException.notFound("No delivery " + id));
    }

    /** Non-urgent SMS wait out the unit's quiet hours; email and urgent alerts do not. */
    private static boolean holdsForQuietHours(Alert alert) {
        return alert.channel() == Channel.SMS && !alert.urgent();
    }

    /** A page of the deliveries the caller may see, newest first, narrowed by the filters given. */
    Page<Delivery> log(LogFilter filter, PageRequest page, Caller caller) {
        DeliveryAccess.Scope scope = access.scopeOf(caller);
        List<Bson> filters = new ArrayList<>();
        filters.add(scope.filter());
        if (filter.authorityId() != null) {
            filters.add(Filters.eq("authorityId", filter.authorityId()));
        }
        if (filter.programmeId() != null) {
            filters.add(Filters.eq("programmeId", filter.programmeId()));
        }
        if (filter.planId() != null) {
            filters.add(Filters.eq("planId", filter.planId()));
        }
        if (filter.eventId() != null) {
            filters.add(Filters.eq("eventId", filter.eventId()));
        }
        if (filter.unitId() != null) {
            filters.add(Filters.eq("unitId", filter.unitId()));
        }
        if (filter.status() != null) {
            filters.add(Filters.eq("status", DeliveryStatus.valueOf(filter.status()).name()));
        }
        return deliveries.page(Filters.and(filters), page);
    }

    /** What the log may be narrowed by; each is null when not asked for. */
    record LogFilter(String authorityId, String programmeId, String planId, String eventId, String unitId, String status) {
    }
}
