package vn.lienket.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.lienket.notification.alert.Fallback;
import vn.lienket.notification.directory.Channel;

/**
 * One alert to one unit by one channel for one event. Its id is that triple, so a redelivered event
 * finds the delivery already recorded and sends nothing. {@code dueAt} (epoch millis) is when the
 * dispatcher may next try it; the retry schedule lives here, in the store, and survives restarts.
 */
public record Delivery(
        String id,
        String eventId,
        String eventType,
        String authorityId,
        String unitId,
        Channel channel,
        String recipient,
        String subject,
        String text,
        DeliveryStatus status,
        int attempts,
        long dueAt,
        Instant createdAt,
        Instant updatedAt,
        String lastError,
        List<Step> timeline,
        boolean urgent,
        Fallback fallback) {

    /** A moment in a delivery's life. */
    public record Step(DeliveryStatus status, Instant at, String detail) {
    }

    /** The same delivery to the unit's current contact point (after the directory was corrected). */
    Delivery to(String newRecipient) {
        return new Delivery(id, eventId, eventType, authorityId, unitId, channel, newRecipient, subject, text, status,
                attempts, dueAt, createdAt, updatedAt, lastError, timeline, urgent, fallback);
    }

    /** The same alert by its fallback channel, queued now; it has no fallback of its own. */
    Delivery failover(Instant at, String reason) {
        return new Delivery(idOf(eventId, unitId, fallback.channel()), eventId, eventType, authorityId, unitId,
                fallback.channel(), fallback.recipient(), fallback.subject(), fallback.text(), DeliveryStatus.QUEUED, 0,
                at.toEpochMilli(), at, at, null,
                List.of(new Step(DeliveryStatus.QUEUED, at, "failed over from " + channel + ": " + reason)), urgent, null);
    }

    static String idOf(String eventId, String unitId, Channel channel) {
        return eventId + "|" + unitId + "|" + channel;
    }

    Delivery next(DeliveryStatus newStatus, int newAttempts, long newDueAt, Instant at, String detail) {
        List<Step> steps = new ArrayList<>(timeline);
        steps.add(new Step(newStatus, at, detail));
        boolean failing = newStatus == DeliveryStatus.RETRYING || newStatus == DeliveryStatus.FAILED
                || newStatus == DeliveryStatus.FAILED_OVER;
        String error = failing ? detail : lastError;
        return new Delivery(id, eventId, eventType, authorityId, unitId, channel, recipient, subject, text, newStatus,
                newAttempts, newDueAt, createdAt, at, error, steps, urgent, fallback);
    }
}
