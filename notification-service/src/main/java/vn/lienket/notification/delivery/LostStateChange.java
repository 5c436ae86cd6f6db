package vn.lienket.notification.delivery;

/**
 * A conditional write of a delivery matched nothing: someone else moved it on since it was read
 * (another dispatcher round whose lease ran out, a receipt, a resend). The change was not made,
 * and whoever tried must not go on as if it had been.
 */
class LostStateChange extends RuntimeException {

    LostStateChange(Delivery read, DeliveryStatus wanted) {
        super("Delivery " + read.id() + " moved on from " + read.status() + " (attempt " + read.attempts()
                + ") before it could become " + wanted);
    }
}
