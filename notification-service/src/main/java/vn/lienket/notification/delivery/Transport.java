package vn.lienket.notification.delivery;

import vn.lienket.notification.directory.Channel;

/** Hands a delivery to the server of its channel (the SMTP server, the SMSC). */
public interface Transport {

    Channel channel();

    /** @return a detail for the timeline, e.g. the SMSC's message ids */
    String send(Delivery delivery) throws DeliveryFailure;
}
