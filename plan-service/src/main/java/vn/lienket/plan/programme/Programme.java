package vn.lienket.plan.programme;

import java.util.List;

/** A standing cooperation (e.g. HCMC and the 13 Mekong provinces): one lead authority, its members. */
public record Programme(String id, String name, String leadAuthority, List<String> members) {

    public Programme {
        members = List.copyOf(members);
    }

    public boolean isMember(String authority) {
        return members.contains(authority);
    }

    /** The lead authority or a member: who may read the programme's plans. */
    public boolean isParticipant(String authority) {
        return leadAuthority.equals(authority) || isMember(authority);
    }
}
