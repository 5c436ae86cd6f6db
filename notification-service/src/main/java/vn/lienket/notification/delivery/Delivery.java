package vn.lienket.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.lienket.notification.alert.Fallback;
import vn.lienket.notification.directory.Channel;

/**
 * One alert to one unit by one channel for one event. Its id is that triple, so a redelivered event
 * finds the delivery already recorded and sends nothing. {@code programmeId} and {@code planId} are
 * those of the event, and decide who may read it: the programme's lead and the unit's own
 * authority (see {@link DeliveryAccess}). {@code dueAt} (epoch millis) is when the dispatcher may
 * next try it; the retry schedule lives here, in the store, and survives restarts. {@code smscIds}
 * are the SMSC's ids of a sent SMS's segments, which its delivery receipts name.
 * {@code traceparent} is the W3C trace of the event that caused it, which its sending continues.
 */
public record Delivery(
        String id,
        String eventId,
        String eventType,
        String programmeId,
        String planId,
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

    /** The event a delivery is for, and the programme and plan it belongs to. */
    record Origin(String eventId, String eventType, String programmeId, String planId) {
    }

    /** A new delivery, QUEUED until {@code dueAt}; {@code detail} says why it waits, if it does. */
    static Delivery queued(Origin origin, String authorityId, String unitId, Channel channel,
                           String recipient, String subject, String text, String html, boolean urgent, Fallback fallback,
                           Instant now, long dueAt, String detail) {
        return new Delivery(idOf(origin.eventId(), unitId, channel), origin.eventId(), origin.eventType(),
                origin.programmeId(), origin.planId(), authorityId, unitId, channel, recipient,
                subject, text, html, DeliveryStatus.QUEUED, 0, dueAt, now, now, null,
                List.of(new Step(DeliveryStatus.QUEUED, now, detail)), urgent, fallback, List.of(), null);
    }

    Origin origin() {
        return new Origin(eventId, eventType, programmeId, planId);
    }

    /** The same delivery to the unit's current contact point (after the directory was corrected). */
    Delivery to(String newRecipient) {
        return new Delivery(id, eventId, eventType, programmeId, planId, authorityId, unitId, channel, newRecipient, subject,
                text, html, status, attempts, dueAt, createdAt, updatedAt, lastError, timeline, urgent, fallback, smscIds, traceparent);
    }

    /** The same delivery with other words: a digest that stands for several. */
    Delivery withContent(String newSubject, String newText, String newHtml) {
        return new Delivery(id, eventId, eventType, programmeId, planId, authorityId, unitId, channel, recipient, newSubject,
                newText, newHtml, status, attempts, dueAt, createdAt, updatedAt, lastError, timeline, urgent, fallback,
                smscIds, traceparent);
    }

    /** The same alert by its fallback channel, queued now; it has no fallback of its own. */
    Delivery failover(Instant at, String reason) {
        return queued(origin(), authorityId, unitId, fallback.channel(), fallback.recipient(),
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
        return new Delivery(id, eventId, eventType, programmeId, planId, authorityId, unitId, channel, recipient, subject,
                text, html, newStatus, newAttempts, newDueAt, createdAt, at, error, steps, urgent, fallback, smscIds, traceparent);
    }

    /**
     * Sent, with what the server said and, for SMS, the ids its receipts will name; {@code receiptDue}
     * is when it stops waiting for a receipt ({@code Long.MAX_VALUE} when none will come).
     */
    Delivery sent(Instant at, Transport.Accepted accepted, long receiptDue) {
        Delivery sent = next(DeliveryStatus.SENT, attempts, receiptDue, at, accepted.detail());
        return new Delivery(id, eventId, eventType, programmeId, planId, authorityId, unitId, channel, recipient, subject,
                text, html, sent.status, attempts, sent.dueAt, createdAt, at, lastError, sent.timeline, urgent, fallback,
                accepted.messageIds(), traceparent);
    }

    /** The same claim held longer: only {@code dueAt}, the lease's end, moves (no step in the timeline). */
    Delivery leasedUntil(long newDueAt) {
        return new Delivery(id, eventId, eventType, programmeId, planId, authorityId, unitId, channel, recipient, subject,
                text, html, status, attempts, newDueAt, createdAt, updatedAt, lastError, timeline, urgent, fallback, smscIds,
                traceparent);
    }

    /** The same delivery in the trace of the event that caused it. */
    Delivery inTrace(String newTraceparent) {
        return new Delivery(id, eventId, eventType, programmeId, planId, authorityId, unitId, channel, recipient, subject,
                text, html, status, attempts, dueAt, createdAt, updatedAt, lastError, timeline, urgent, fallback, smscIds,
                newTraceparent);
    }

    /** Whether a delivery receipt may still move it on: sent, and not yet settled by one. */
    boolean awaitsReceipt() {
        return status == DeliveryStatus.SENT || status == DeliveryStatus.RECEIPT_UNKNOWN;
    }
}
