package vn.lienket.notification.directory;

import java.util.List;

/** A department, association, centre or newspaper named in the plans, with its contact points. */
public record Unit(
        String id,
        String authorityId,
        String name,
        UnitKind kind,
        String email,
        String mobile,
        List<Channel> channels,
        boolean smsWithoutDiacritics,
        QuietHours quietHours) {

    /** The same unit wanting SMS without diacritics (GSM-7). */
    public Unit withSmsWithoutDiacritics() {
        return new Unit(id, authorityId, name, kind, email, mobile, channels, true, quietHours);
    }

    public boolean wants(Channel channel) {
        return channels.contains(channel) && (channel == Channel.EMAIL ? email != null : mobile != null);
    }
}
