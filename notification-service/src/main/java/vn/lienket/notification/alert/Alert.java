package vn.lienket.notification.alert;

import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.Unit;

/**
 * One message to one unit by one channel, rendered and ready to deliver ({@code html} for email
 * only); urgent ones ignore quiet hours and digests; {@code fallback} (may be null) is how it goes
 * if this channel fails for good.
 */
public record Alert(Unit unit, Channel channel, String recipient, String subject, String text, String html,
                    boolean urgent, Fallback fallback) {
}
