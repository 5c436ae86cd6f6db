package vn.lienket.notification.delivery;

import java.util.List;

import vn.lienket.notification.directory.Channel;

/** Hands a delivery to the server of its channel (the SMTP server, the SMSC). */
public interface Transport {

    Channel channel();

    Accepted send(Delivery delivery) throws DeliveryFailure;

    /** What the server said, for the timeline, and the ids its receipts will name (SMS). */
    record Accepted(String detail, List<String> messageIds) {

        public Accepted {
            messageIds = List.copyOf(messageIds);
        }

        public static Accepted of(String detail) {
            return new Accepted(detail, List.of());
        }

        Accepted inDigestOf(int count) {
            return new Accepted("in a digest of " + count + ": " + detail, messageIds);
        }
    }
}
