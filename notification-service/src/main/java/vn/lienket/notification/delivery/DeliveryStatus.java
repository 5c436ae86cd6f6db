package vn.lienket.notification.delivery;

/**
 * Where a delivery stands: QUEUED (perhaps held for quiet hours or a digest), SENDING (claimed),
 * SENT (accepted by the SMTP server or SMSC), DELIVERED (the SMSC's receipt says the phone has
 * it), RECEIPT_UNKNOWN (an SMS the SMSC accepted whose receipt did not come within
 * {@code lienket.delivery.receipt-wait}: carriers' receipts are unreliable, so it is not FAILED,
 * and a late receipt still settles it), RETRYING, FAILED (with its reason; the programme's lead may
 * resend it), FAILED_OVER (sent by the unit's other channel instead).
 */
public enum DeliveryStatus {
    QUEUED, SENDING, SENT, DELIVERED, RECEIPT_UNKNOWN, RETRYING, FAILED, FAILED_OVER
}
