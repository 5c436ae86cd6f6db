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
        boolean smsWithoutDiacritics) {

    public boolean wants(Channel channel) {
        return channels.contains(channel) && (channel == Channel.EMAIL ? email != null : mobile != null);
    }
}
