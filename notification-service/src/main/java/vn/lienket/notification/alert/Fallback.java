package vn.lienket.notification.alert;

import vn.lienket.notification.directory.Channel;

/** The same alert rendered for the unit's other channel, sent if the first one fails for good. */
public record Fallback(Channel channel, String recipient, String subject, String text, String html) {
}
