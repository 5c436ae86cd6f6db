package vn.lienket.notification.alert;

import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.Unit;

/** One message to one unit by one channel, rendered and ready to deliver. */
public record Alert(Unit unit, Channel channel, String recipient, String subject, String text) {
}
