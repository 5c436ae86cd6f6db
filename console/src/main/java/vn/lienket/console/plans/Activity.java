package vn.lienket.console.plans;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * One activity of a plan as the API writes it (a draft activity, or one of a published version),
 * with the fields a person edits. Blank is none, as the service reads it.
 */
record Activity(String code, String title, String theme, String timeframe, String location, String leadUnit,
                List<String> coordinatingUnits, String notes) {

    /** The fields people compare and edit, in the order the forms show them. */
    static final List<String> FIELDS = List.of("title", "theme", "timeframe", "location", "leadUnit",
            "coordinatingUnits", "notes");

    Activity {
        coordinatingUnits = coordinatingUnits == null ? List.of() : coordinatingUnits.stream()
                .map(String::strip).filter(u -> !u.isEmpty()).toList();
        title = blankToNull(title);
        theme = blankToNull(theme);
        timeframe = blankToNull(timeframe);
        location = blankToNull(location);
        leadUnit = blankToNull(leadUnit);
        notes = blankToNull(notes);
    }

    static Activity of(JsonNode a) {
        return new Activity(a.path("code").asString(), text(a, "title"), text(a, "theme"), text(a, "timeframe"),
                text(a, "location"), text(a, "leadUnit"),
                a.path("coordinatingUnits").valueStream().map(JsonNode::asString).toList(), text(a, "notes"));
    }

    /** Units typed one a line (or separated by semicolons), as the form's textarea takes them. */
    static List<String> units(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\r\\n;]+")).map(String::strip)
                .filter(u -> !u.isEmpty()).toList();
    }

    /** A field as one piece of text (units joined by "; "), null when empty: how two states are compared. */
    public String value(String field) {
        return switch (field) {
            case "title" -> title;
            case "theme" -> theme;
            case "timeframe" -> timeframe;
            case "location" -> location;
            case "leadUnit" -> leadUnit;
            case "coordinatingUnits" -> coordinatingUnits.isEmpty() ? null : String.join("; ", coordinatingUnits);
            case "notes" -> notes;
            default -> throw new IllegalArgumentException("No field " + field);
        };
    }

    /** A field as its form shows it: the units one a line, any other as {@link #value}. */
    public String formValue(String field) {
        return "coordinatingUnits".equals(field) ? unitLines() : value(field);
    }

    /** The units as the textarea shows them, one a line. */
    public String unitLines() {
        return String.join("\n", coordinatingUnits);
    }

    /** This activity with one field set from its text form. */
    public Activity with(String field, String value) {
        return switch (field) {
            case "title" -> new Activity(code, value, theme, timeframe, location, leadUnit, coordinatingUnits, notes);
            case "theme" -> new Activity(code, title, value, timeframe, location, leadUnit, coordinatingUnits, notes);
            case "timeframe" -> new Activity(code, title, theme, value, location, leadUnit, coordinatingUnits, notes);
            case "location" -> new Activity(code, title, theme, timeframe, value, leadUnit, coordinatingUnits, notes);
            case "leadUnit" -> new Activity(code, title, theme, timeframe, location, value, coordinatingUnits, notes);
            case "coordinatingUnits" -> new Activity(code, title, theme, timeframe, location, leadUnit, units(value), notes);
            case "notes" -> new Activity(code, title, theme, timeframe, location, leadUnit, coordinatingUnits, value);
            default -> throw new IllegalArgumentException("No field " + field);
        };
    }

    public boolean sameAs(Activity other, String field) {
        return Objects.equals(value(field), other.value(field));
    }

    /** The body of {@code PUT …/draft/activities/{code}} and {@code POST …/sections/{s}/activities}. */
    public Map<String, Object> toApi() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("title", title == null ? "" : title);
        body.put("theme", theme);
        body.put("timeframe", timeframe);
        body.put("location", location);
        body.put("leadUnit", leadUnit);
        body.put("coordinatingUnits", coordinatingUnits);
        body.put("notes", notes);
        return body;
    }

    private static String text(JsonNode a, String field) {
        JsonNode v = a.path(field);
        return v.isString() ? v.asString() : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
