package vn.lienket.console.derived;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienket.console.derived.DerivedPlanView.Activity;

/**
 * The province's own fields of one activity as its form has them: coordinating units one a line.
 * Blank means none: the API replaces all of an activity's local fields at once.
 */
public record LocalFieldsForm(String leadUnit, String coordinatingUnits, String theme, String timeframe, String location,
                              String notes, String justification) {

    public static final LocalFieldsForm EMPTY = new LocalFieldsForm(null, null, null, null, null, null, null);

    public static LocalFieldsForm of(Activity a) {
        return new LocalFieldsForm(a.leadUnit(), a.coordinatingUnitsText(), a.theme(), a.timeframe(), a.location(),
                a.notes(), a.justification());
    }

    public static LocalFieldsForm of(DerivedPlanView.Candidate c) {
        return new LocalFieldsForm(c.leadUnit(), String.join("\n", c.coordinatingUnits()), c.theme(), c.timeframe(),
                c.location(), c.notes(), null);
    }

    /** The body of {@code PUT …/activities/{code}} (the API's LocalFields). */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leadUnit", blankToNull(leadUnit));
        body.put("coordinatingUnits", units());
        body.put("theme", blankToNull(theme));
        body.put("timeframe", blankToNull(timeframe));
        body.put("location", blankToNull(location));
        body.put("notes", blankToNull(notes));
        body.put("justification", blankToNull(justification));
        return body;
    }

    /** One unit a line (or separated by semicolons), blanks dropped. */
    public List<String> units() {
        return coordinatingUnits == null ? List.of() : Arrays.stream(coordinatingUnits.split("[\\r\\n;]+"))
                .map(String::strip).filter(u -> !u.isEmpty()).toList();
    }

    /** The fields whose value here differs from {@code current}'s (what another edit changed meanwhile). */
    public List<String> differingFrom(LocalFieldsForm current) {
        Map<String, Object> mine = body();
        Map<String, Object> theirs = current.body();
        return mine.keySet().stream().filter(k -> !java.util.Objects.equals(mine.get(k), theirs.get(k))).toList();
    }

    /** The value of one field by its API name, as the form shows it. */
    public String value(String field) {
        return switch (field) {
            case "leadUnit" -> leadUnit;
            case "coordinatingUnits" -> coordinatingUnits;
            case "theme" -> theme;
            case "timeframe" -> timeframe;
            case "location" -> location;
            case "notes" -> notes;
            case "justification" -> justification;
            default -> null;
        };
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
