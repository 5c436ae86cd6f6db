package vn.lienket.console.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.Json;

/**
 * The compliance board of a plan as the lead reads it: each member's standing against the latest
 * version, how many stand in each status, who is late (revised after the due date, or past it and
 * not yet marked overdue) and who is overdue.
 */
record Board(String planId, String planNumber, Integer latestVersion, int notYetNotified, List<Count> counts,
             List<Member> members, List<Member> predecessorsOfLead) {

    /** The statuses of the board, in the order of the work: not told, told, done, too late. */
    static final List<String> STATUSES = List.of("PENDING", "NOTIFIED", "REVISED", "OVERDUE");

    record Count(String status, long members) {
    }

    /**
     * One member's row. {@code late}: it revised after the due date, or the due date passed and the
     * check has not marked it yet. A successor's row carries its predecessors' as they last stood.
     */
    record Member(String id, String name, String status, int requiredVersion, int basedOnVersion, LocalDate dueDate,
                  Instant notifiedAt, boolean toldAfterDueDate, Instant revisedAt, Boolean onTime, boolean consolidating,
                  String succeededBy, LocalDate succeededOn, boolean late, List<Member> predecessors) {

        public boolean overdue() {
            return "OVERDUE".equals(status);
        }
    }

    static Board of(JsonNode view, Function<String, String> names, LocalDate today) {
        List<Member> members = view.path("members").valueStream().map(m -> member(m, names, today)).toList();
        List<Count> counts = STATUSES.stream().map(s -> new Count(s, members.stream()
                .filter(m -> m.status().equals(s)).count())).toList();
        return new Board(view.path("planId").asString(), view.path("planNumber").asString(),
                view.path("latestVersion").isNumber() ? view.path("latestVersion").asInt() : null,
                view.path("notYetNotified").asInt(), counts, members,
                view.path("leadPredecessors").valueStream().map(m -> member(m, names, today)).toList());
    }

    public List<Member> late() {
        return members.stream().filter(Member::late).toList();
    }

    public List<Member> overdue() {
        return members.stream().filter(Member::overdue).toList();
    }

    /** The earliest due date still ahead of a member that has not revised, if any. */
    public LocalDate nextDue(LocalDate today) {
        return members.stream().filter(m -> "NOTIFIED".equals(m.status()) && m.dueDate() != null && !m.dueDate().isBefore(today))
                .map(Member::dueDate).min(LocalDate::compareTo).orElse(null);
    }

    public Member member(String id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    private static Member member(JsonNode m, Function<String, String> names, LocalDate today) {
        String status = m.path("status").asString();
        LocalDate due = Json.date(m.path("dueDate"));
        Boolean onTime = m.path("onTime").isBoolean() ? m.path("onTime").asBoolean() : null;
        boolean late = "REVISED".equals(status) && Objects.equals(onTime, false)
                || "NOTIFIED".equals(status) && due != null && due.isBefore(today);
        String id = m.path("memberId").asString();
        return new Member(id, names.apply(id), status, m.path("requiredVersion").asInt(), m.path("basedOnVersion").asInt(),
                due, instant(m.path("notifiedAt")), m.path("toldAfterDueDate").asBoolean(false), instant(m.path("revisedAt")),
                onTime, m.path("consolidating").asBoolean(false), text(m.path("succeededBy")), Json.date(m.path("succeededOn")),
                late, m.path("predecessors").valueStream().map(p -> member(p, names, today)).toList());
    }

    private static String text(JsonNode v) {
        return v.isString() ? v.asString() : null;
    }


    private static Instant instant(JsonNode v) {
        return v.isString() && !v.asString().isBlank() ? Instant.parse(v.asString()) : null;
    }
}
