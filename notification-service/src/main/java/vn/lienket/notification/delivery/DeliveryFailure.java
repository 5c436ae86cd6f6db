package vn.lienket.notification.delivery;

/** A channel could not deliver. Transient failures are retried; permanent ones fail the delivery. */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
