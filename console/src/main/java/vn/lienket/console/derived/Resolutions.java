package vn.lienket.console.derived;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * What a person chose for each pending change on the publish form: {@code changeId} (hidden, one
 * per change shown), {@code decision[<changeId>]} (ADOPT, ADAPT, DROP) and {@code note[<changeId>]}.
 * It becomes the body of {@code POST …/versions}; the same choices are shown again when the
 * publish is refused or the plan changed meanwhile.
 *
 * @param changeIds the pending changes the form showed, in order
 */
public record Resolutions(List<String> changeIds, Map<String, String> decisions, Map<String, String> notes) {

    public static final Resolutions NONE = new Resolutions(List.of(), Map.of(), Map.of());

    public Resolutions {
        changeIds = List.copyOf(changeIds);
        decisions = Map.copyOf(decisions);
        notes = Map.copyOf(notes);
    }

    public static Resolutions from(MultiValueMap<String, String> form) {
        List<String> ids = form.getOrDefault("changeId", List.of()).stream().filter(id -> !id.isBlank()).distinct().toList();
        Map<String, String> decisions = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (String id : ids) {
            String decision = form.getFirst("decision[" + id + "]");
            if (decision != null && !decision.isBlank()) {
                decisions.put(id, decision.strip());
            }
            String note = form.getFirst("note[" + id + "]");
            if (note != null && !note.isBlank()) {
                notes.put(id, note.strip());
            }
        }
        return new Resolutions(ids, decisions, notes);
    }

    /**
     * {@code {"resolutions":[{changeId, decision, note}]}} for each change with a decision, in the
     * form's order; a change left undecided is left out, and the API names it as unresolved.
     */
    public Map<String, Object> body() {
        List<Map<String, Object>> resolutions = new ArrayList<>();
        for (String id : decided()) {
            Map<String, Object> resolution = new LinkedHashMap<>();
            resolution.put("changeId", id);
            resolution.put("decision", decisions.get(id));
            if (notes.containsKey(id)) {
                resolution.put("note", notes.get(id));
            }
            resolutions.add(resolution);
        }
        return Map.of("resolutions", resolutions);
    }

    /** The change the API means by {@code resolutions[index]}. */
    public String changeIdAt(int index) {
        List<String> decided = decided();
        return index >= 0 && index < decided.size() ? decided.get(index) : null;
    }

    private List<String> decided() {
        return changeIds.stream().filter(decisions::containsKey).toList();
    }

    public String decision(String changeId) {
        return decisions.get(changeId);
    }

    public String note(String changeId) {
        return notes.getOrDefault(changeId, "");
    }

    public boolean chose(String changeId, String decision) {
        return decision.equals(decisions.get(changeId));
    }

    /** The choices for the changes still pending in {@code current}, the others dropped, in the new order. */
    public Resolutions keptFor(List<String> current) {
        Map<String, String> keptDecisions = new LinkedHashMap<>(decisions);
        Map<String, String> keptNotes = new LinkedHashMap<>(notes);
        keptDecisions.keySet().retainAll(current);
        keptNotes.keySet().retainAll(current);
        return new Resolutions(current, keptDecisions, keptNotes);
    }

    /** Changes pending now that the form did not show (a newer master version came). */
    public List<String> addedIn(List<String> current) {
        return current.stream().filter(id -> !changeIds.contains(id)).toList();
    }

    /** Changes the form showed that are no longer pending. */
    public List<String> goneFrom(List<String> current) {
        return changeIds.stream().filter(id -> !current.contains(id)).toList();
    }
}
