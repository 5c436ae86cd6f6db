package vn.lienket.notification.directory;

import java.util.List;

/**
 * A department, association, centre or newspaper named in the plans, with its contact points.
 * When provinces merge, each unit of a predecessor is copied into its successor's directory with
 * {@code movedFrom} (the predecessor's unit id), {@code successionId} and {@code reviewPending}
 * until the successor's people have looked at it; the predecessor's unit stays, readable, as the
 * archive, with {@code movedTo} (its copy's id), and is never alerted again.
 */
public record Unit(
        String id,
        String authorityId,
        String name,
        UnitKind kind,
        String email,
        String mobile,
        List<Channel> channels,
        boolean smsWithoutDiacritics,
        QuietHours quietHours,
        String movedFrom,
        String movedTo,
        String successionId,
        boolean reviewPending) {

    /** A unit of the authority's own, never moved. */
    public Unit(String id, String authorityId, String name, UnitKind kind, String email, String mobile,
                List<Channel> channels, boolean smsWithoutDiacritics, QuietHours quietHours) {
        this(id, authorityId, name, kind, email, mobile, channels, smsWithoutDiacritics, quietHours, null, null, null,
                false);
    }

    /** The same unit wanting SMS without diacritics (GSM-7). */
    public Unit withSmsWithoutDiacritics() {
        return new Unit(id, authorityId, name, kind, email, mobile, channels, true, quietHours, movedFrom, movedTo,
                successionId, reviewPending);
    }

    /** A moved (archived) unit is alerted by no channel; its copy in the successor's directory is. */
    public boolean wants(Channel channel) {
        return movedTo == null && channels.contains(channel) && (channel == Channel.EMAIL ? email != null : mobile != null);
    }

    /** A predecessor's unit whose contacts now live in its successor's directory. */
    public boolean moved() {
        return movedTo != null;
    }

    /**
     * This unit as it arrives in the successor's directory, under {@code id}: every contact point,
     * channel, alphabet and quiet hours kept, waiting for review. A tourism unit arrives as a
     * department: the successor has its own, and an authority has one.
     */
    Unit copiedTo(String id, String successor, String succession) {
        return new Unit(id, successor, name, kind == UnitKind.TOURISM_UNIT ? UnitKind.DEPARTMENT : kind, email, mobile,
                List.copyOf(channels), smsWithoutDiacritics, quietHours, this.id, null, succession, true);
    }

    /** This unit as the predecessor's archive keeps it. */
    Unit archivedAs(String copyId, String succession) {
        return new Unit(id, authorityId, name, kind, email, mobile, channels, smsWithoutDiacritics, quietHours, movedFrom,
                copyId, succession, reviewPending);
    }

    /** The successor's people have looked at it; where it came from stays said. */
    Unit reviewed() {
        return new Unit(id, authorityId, name, kind, email, mobile, channels, smsWithoutDiacritics, quietHours, movedFrom,
                movedTo, successionId, false);
    }

    /** A change through the API to this unit: what it says, with where the unit came from kept, and reviewed. */
    Unit replacedBy(Unit change) {
        return new Unit(change.id, change.authorityId, change.name, change.kind, change.email, change.mobile,
                change.channels, change.smsWithoutDiacritics, change.quietHours, movedFrom, movedTo, successionId, false);
    }
}
