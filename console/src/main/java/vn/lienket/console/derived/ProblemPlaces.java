package vn.lienket.console.derived;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lienket.console.api.Json;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.ApiProblem;

/**
 * Where on the derived plan's page a refusal of a publish belongs: next to the pending change it
 * names ({@code changeId}, or {@code resolutions[i].…} of the body sent) or next to the activity
 * ({@code activityCode}: a deviation without justification, an activity not yet consolidated).
 * The page words each {@link Place} by its kind ({@code messages/member.properties}).
 */
public record ProblemPlaces(Map<String, List<Place>> changes, Map<String, List<Place>> activities) {

    public static final ProblemPlaces NONE = new ProblemPlaces(Map.of(), Map.of());
    private static final Pattern RESOLUTION = Pattern.compile("resolutions\\[(\\d+)]\\.(\\w+)");

    /**
     * One problem at one place.
     *
     * @param kind UNJUSTIFIED (a deviation in {@code field} without justification), UNRESOLVED,
     *             NOTE_NEEDED (ADAPT without a note), DECISION (a decision the change does not allow),
     *             NOT_CONSOLIDATED, or OTHER with the service's {@code message}
     */
    public record Place(String kind, String field, String message) {
    }

    public static ProblemPlaces of(ApiProblem problem, Resolutions sent) {
        Map<String, List<Place>> changes = new LinkedHashMap<>();
        Map<String, List<Place>> activities = new LinkedHashMap<>();
        for (JsonNode error : problem.body().path("errors").valueStream().toList()) {
            String field = Json.text(error, "field");
            String message = Json.text(error, "message");
            String activity = Json.text(error, "activityCode");
            String change = Json.text(error, "changeId");
            if (activity != null) {
                String kind = "not consolidated".equals(message) ? "NOT_CONSOLIDATED"
                        : field != null && message != null && message.contains("justification") ? "UNJUSTIFIED" : "OTHER";
                activities.computeIfAbsent(activity, k -> new ArrayList<>()).add(new Place(kind, field, message));
            } else if (change != null) {
                changes.computeIfAbsent(change, k -> new ArrayList<>())
                        .add(new Place("unresolved".equals(message) ? "UNRESOLVED" : "OTHER", null, message));
            } else if (field != null) {
                placeResolution(field, message, sent, changes);
            }
        }
        if (problem.field() != null && changes.isEmpty() && activities.isEmpty()) {
            placeResolution(problem.field(), problem.detail(), sent, changes);
        }
        return new ProblemPlaces(changes, activities);
    }

    private static void placeResolution(String field, String message, Resolutions sent, Map<String, List<Place>> changes) {
        Matcher m = RESOLUTION.matcher(field);
        if (!m.matches()) {
            return;
        }
        String change = sent.changeIdAt(Integer.parseInt(m.group(1)));
        if (change == null) {
            return;
        }
        String kind = switch (m.group(2)) {
            case "note" -> "NOTE_NEEDED";
            case "decision" -> "DECISION";
            default -> "OTHER";
        };
        changes.computeIfAbsent(change, k -> new ArrayList<>()).add(new Place(kind, m.group(2), message));
    }

    public List<Place> forChange(String changeId) {
        return changes.getOrDefault(changeId, List.of());
    }

    public List<Place> forActivity(String code) {
        return activities.getOrDefault(code, List.of());
    }

    public boolean any() {
        return !changes.isEmpty() || !activities.isEmpty();
    }
}
