package vn.lienket.notification.alert;

import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.Unit;

/**
 * One message to one unit by one channel, rendered and ready to deliver; urgent ones ignore quiet
 * hours; {@code fallback} (may be null) is how it goes if this channel fails for good.
 */
public record Alert(Unit unit, Channel channel, String recipient, String subject, String text, boolean urgent,
                    Fallback fallback) {

    Alert asUrgent() {
        return new Alert(unit, channel, recipient, subject, text, true, fallback);
    }
}
