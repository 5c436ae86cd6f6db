package vn.lienket.notification.alert;

import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.Unit;

/** One message to one unit by one channel, rendered and ready to deliver; urgent ones ignore quiet hours. */
public record Alert(Unit unit, Channel channel, String recipient, String subject, String text, boolean urgent) {

    public Alert(Unit unit, Channel channel, String recipient, String subject, String text) {
        this(unit, channel, recipient, subject, text, false);
    }

    Alert asUrgent() {
        return new Alert(unit, channel, recipient, subject, text, true);
    }
}
