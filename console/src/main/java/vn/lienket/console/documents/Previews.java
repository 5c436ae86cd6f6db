package vn.lienket.console.documents;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.Json;

import static vn.lienket.console.api.Json.items;
import static vn.lienket.console.api.Json.text;

/**
 * An import preview as its review page shows it: every field the document gave with where in the
 * document it was read ({@code {value, source}}), what it did not understand and what it lacks.
 * A lead's preview ({@code …/plan-imports/{id}}) holds a master plan; a member's
 * ({@code …/derived-plans/{id}/imports/{id}}) its activities matched to the master's.
 */
public final class Previews {

    private static final List<String> HEADER = List.of("number", "issuer", "place", "issuedOn", "title", "legalBases",
            "citedPlans", "periodFrom", "periodTo", "funding", "recipients");
    private static final List<String> ACTIVITY = List.of("title", "theme", "timeframe", "location", "leadUnit",
            "coordinatingUnits", "notes");
    private static final List<String> LOCAL = List.of("leadUnit", "coordinatingUnits", "theme", "timeframe", "location", "notes");

    private Previews() {
    }

    /** One value as read, with its place in the document ("line 97", "table 1, row 3, cell 4"). */
    public record Traced(String field, String value, String source) {
    }

    public record Unrecognised(String source, String text) {
    }

    public record Missing(String field, String message) {
    }

    public record Section(String code, String title, String source, List<Activity> activities) {
    }

    public record Activity(String code, String label, String source, List<Traced> fields) {
    }

    /** A lead's document read as a master plan. */
    public record LeadPreview(String id, String programmeId, String fileName, String format, int pages, String status,
                              String planId, List<Traced> header, List<Section> sections, List<Unrecognised> unrecognised,
                              List<Missing> missing) {

        public boolean applied() {
            return "APPLIED".equals(status);
        }

        public boolean lacks(String field) {
            return missing.stream().anyMatch(m -> m.field().equals(field));
        }

        public int activityCount() {
            return sections.stream().mapToInt(s -> s.activities().size()).sum();
        }
    }

    /** A member's own plan read against its derived plan. */
    public record MemberPreview(String id, String fileName, String format, String status, long revision,
                                List<Traced> header, List<MatchedActivity> activities, List<String> unmatchedMaster,
                                List<Deviation> deviations, List<Unrecognised> unrecognised) {

        public boolean applied() {
            return "APPLIED".equals(status);
        }

        public long matched() {
            return activities.stream().filter(a -> a.masterCode() != null).count();
        }

        public List<MatchedActivity> proposedLocal() {
            return activities.stream().filter(a -> a.proposedCode() != null).toList();
        }
    }

    /**
     * One activity of the member's document: how it matched a master activity ({@code by} CODE,
     * TITLE or NONE, the titles' similarity as a percentage), the plan's activity it writes, or the
     * local activity it would add, and its fields as read.
     */
    public record MatchedActivity(String documentCode, String label, String title, String source, String masterCode,
                                  String by, int similarity, String activityCode, String proposedCode,
                                  String proposedTitle, List<Traced> fields) {
    }

    public record Deviation(String activityCode, String field, String masterValue, String localValue, boolean justified) {
    }

    public static LeadPreview lead(JsonNode p) {
        List<Section> sections = items(p, "sections").stream().map(s -> new Section(value(s.path("code")),
                value(s.path("title")), source(s.path("title")), items(s, "activities").stream()
                .map(a -> new Activity(value(a.path("code")), text(a, "label"), source(a.path("code")), traced(a, ACTIVITY)))
                .toList())).toList();
        List<Missing> missing = items(p, "missing").stream().map(m -> new Missing(text(m, "field"), text(m, "message"))).toList();
        return new LeadPreview(text(p, "id"), text(p, "programmeId"), text(p, "fileName"), text(p, "format"),
                Json.number(p, "pages"), text(p, "status"), text(p, "planId"), traced(p.path("header"), HEADER), sections,
                unrecognised(p), missing);
    }

    public static MemberPreview member(JsonNode p) {
        List<MatchedActivity> activities = items(p, "activities").stream().map(a -> {
            JsonNode match = a.path("match");
            JsonNode local = a.path("proposedLocal");
            return new MatchedActivity(text(a, "documentCode"), text(a, "label"), text(a, "title"), text(a, "source"),
                    text(match, "masterCode"), text(match, "by"), (int) Math.round(match.path("similarity").asDouble(0) * 100),
                    text(a, "activityCode"), text(local, "code"), text(local, "title"), traced(a.path("fields"), LOCAL));
        }).toList();
        List<Deviation> deviations = items(p, "deviations").stream().map(d -> new Deviation(text(d, "activityCode"),
                text(d, "field"), text(d, "masterValue"), text(d, "localValue"), d.path("justified").asBoolean(false))).toList();
        return new MemberPreview(text(p, "id"), text(p, "fileName"), text(p, "format"), text(p, "status"),
                p.path("revision").asLong(0), traced(p.path("header"), HEADER), activities, Json.texts(p, "unmatchedMaster"),
                deviations, unrecognised(p));
    }

    /** Each of {@code fields} the node has, in that order; a list field gives one entry per item. */
    static List<Traced> traced(JsonNode node, List<String> fields) {
        List<Traced> read = new ArrayList<>();
        for (String field : fields) {
            JsonNode value = node.path(field);
            if (value.isArray()) {
                value.valueStream().filter(v -> value(v) != null).forEach(v -> read.add(new Traced(field, value(v), source(v))));
            } else if (value(value) != null) {
                read.add(new Traced(field, value(value), source(value)));
            }
        }
        return read;
    }

    private static List<Unrecognised> unrecognised(JsonNode p) {
        return items(p, "unrecognised").stream().map(u -> new Unrecognised(text(u, "source"), text(u, "text"))).toList();
    }

    private static String value(JsonNode traced) {
        return traced.isObject() ? text(traced, "value") : null;
    }

    private static String source(JsonNode traced) {
        return traced.isObject() ? text(traced, "source") : null;
    }
}
