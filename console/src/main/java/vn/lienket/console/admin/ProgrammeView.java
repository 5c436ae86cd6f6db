package vn.lienket.console.admin;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** A programme as the admin pages show it: dates as ISO texts for {@code @formats}, members with their days. */
record ProgrammeView(String id, String name, List<String> sectors, String leadAuthority, List<Membership> memberships,
                     String periodFrom, String periodTo, String status) {

    /** One membership: from {@code joinedOn}; until {@code leftOn} (null while a member); {@code succeededBy} after a merger. */
    record Membership(String authorityId, String joinedOn, String leftOn, String succeededBy) {

        public boolean current() {
            return leftOn == null;
        }
    }

    static ProgrammeView of(JsonNode p) {
        return new ProgrammeView(p.path("id").asString(), p.path("name").asString(),
                p.path("sectors").valueStream().map(JsonNode::asString).toList(), p.path("leadAuthority").asString(),
                p.path("memberships").valueStream().map(m -> new Membership(m.path("authorityId").asString(),
                        text(m.path("joinedOn")), text(m.path("leftOn")), text(m.path("succeededBy")))).toList(),
                text(p.path("periodFrom")), text(p.path("periodTo")), p.path("status").asString(""));
    }

    public long currentMembers() {
        return memberships.stream().filter(Membership::current).count();
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    private static String text(JsonNode value) {
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
