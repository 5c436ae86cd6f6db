package vn.lienket.notification.alert;

import java.util.EnumSet;
import java.util.Set;

import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.Unit;

/**
 * One unit an event's alert goes to: by which of its channels, whether urgently (past quiet hours
 * and digests), and the console path of the page the alert is about (its email links there in
 * full, its SMS by a short link).
 */
record Addressee(Unit unit, Set<Channel> channels, boolean urgent, String page) {

    Addressee {
        channels = Set.copyOf(channels);
    }

    /** A member's unit, by email and SMS, about its own plan derived from {@code planId}. */
    static Addressee member(Unit unit, String planId, boolean urgent) {
        return new Addressee(unit, EnumSet.allOf(Channel.class), urgent, Pages.derivedPlan(unit.authorityId(), planId));
    }

    /** The lead authority's unit, by email, about the compliance board of its plan {@code planId}. */
    static Addressee lead(Unit unit, String planId, boolean urgent) {
        return new Addressee(unit, EnumSet.of(Channel.EMAIL), urgent, Pages.board(planId));
    }

    boolean by(Channel channel) {
        return channels.contains(channel) && unit.wants(channel);
    }
}
