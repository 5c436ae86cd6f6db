package vn.lienket.notification.delivery;

public enum DeliveryStatus {
    QUEUED, SENDING, SENT, RETRYING, FAILED, FAILED_OVER
}
