package vn.lienket.notification.delivery;

/** A channel's word, after it accepted a message, on whether it reached the phone (an SMSC delivery receipt). */
public record Receipt(String messageId, boolean delivered, String state) {
}
