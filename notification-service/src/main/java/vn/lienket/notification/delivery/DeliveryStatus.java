package vn.lienket.notification.delivery;

/**
 * Where a delivery stands: QUEUED (perhaps held for quiet hours or a digest), SENDING (claimed),
 * SENT (accepted by the SMTP server or SMSC), DELIVERED (the SMSC's receipt says the phone has
 * it), RETRYING, FAILED (with its reason; HCMC may resend it), FAILED_OVER (sent by the unit's
 * other channel instead).
 */
public enum DeliveryStatus {
    QUEUED, SENDING, SENT, DELIVERED, RETRYING, FAILED, FAILED_OVER
}
