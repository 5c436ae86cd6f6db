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
 * {@code smscIds} are the SMSC's ids of a sent SMS's segments, which its delivery receipts name.
 * {@code traceparent} is the W3C trace of the event that caused it, which its sending continues.
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
        String html,
        DeliveryStatus status,
        int attempts,
        long dueAt,
        Instant createdAt,
        Instant updatedAt,
        String lastError,
        List<Step> timeline,
        boolean urgent,
        Fallback fallback,
        List<String> smscIds,
        String traceparent) {

    public Delivery {
        smscIds = smscIds == null ? List.of() : List.copyOf(smscIds);
    }

    /** A moment in a delivery's life. */
    public record Step(DeliveryStatus status, Instant at, String detail) {
    }

    /** A new delivery, QUEUED until {@code dueAt}; {@code detail} says why it waits, if it does. */
    static Delivery queued(String eventId, String eventType, String authorityId, String unitId, Channel channel,
                           String recipient, String subject, String text, String html, boolean urgent, Fallback fallback,
                           Instant now, long dueAt, String detail) {
        return new Delivery(idOf(eventId, unitId, channel), eventId, eventType, authorityId, unitId, channel, recipient,
                subject, text, html, DeliveryStatus.QUEUED, 0, dueAt, now, now, null,
                List.of(new Step(DeliveryStatus.QUEUED, now, detail)), urgent, fallback, List.of(), null);
    }

    /** The same delivery to the unit's current contact point (after the directory was corrected). */
    Delivery to(String newRecipient) {
        return new Delivery(id, eventId, eventType, authorityId, unitId, channel, newRecipient, subject, text, html, status,
                attempts, dueAt, createdAt, updatedAt, lastError, timeline, urgent, fallback, smscIds, traceparent);
    }

    /** The same delivery with other words: a digest that stands for several. */
    Delivery withContent(String newSubject, String newText, String newHtml) {
        return new Delivery(id, eventId, eventType, authorityId, unitId, channel, recipient, newSubject, newText, newHtml,
                status, attempts, dueAt, createdAt, updatedAt, lastError, timeline, urgent, fallback, smscIds, traceparent);
    }

    /** The same alert by its fallback channel, queued now; it has no fallback of its own. */
    Delivery failover(Instant at, String reason) {
        return queued(eventId, eventType, authorityId, unitId, fallback.channel(), fallback.recipient(),
                fallback.subject(), fallback.text(), fallback.html(), urgent, null, at, at.toEpochMilli(),
                "failed over from " + channel + ": " + reason).inTrace(traceparent);
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
        return new Delivery(id, eventId, eventType, authorityId, unitId, channel, recipient, subject, text, html, newStatus,
                newAttempts, newDueAt, createdAt, at, error, steps, urgent, fallback, smscIds, traceparent);
    }

    /** Sent, with what the server said and, for SMS, the ids its receipts will name. */
    Delivery sent(Instant at, Transport.Accepted accepted) {
        Delivery sent = next(DeliveryStatus.SENT, attempts, Long.MAX_VALUE, at, accepted.detail());
        return new Delivery(id, eventId, eventType, authorityId, unitId, channel, recipient, subject, text, html,
                sent.status, attempts, sent.dueAt, createdAt, at, lastError, sent.timeline, urgent, fallback,
                accepted.messageIds(), traceparent);
    }

    /** The same delivery in the trace of the event that caused it. */
    Delivery inTrace(String newTraceparent) {
        return new Delivery(id, eventId, eventType, authorityId, unitId, channel, recipient, subject, text, html, status,
                attempts, dueAt, createdAt, updatedAt, lastError, timeline, urgent, fallback, smscIds, newTraceparent);
    }
}
