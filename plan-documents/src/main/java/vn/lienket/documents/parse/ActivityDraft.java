package vn.lienket.documents.parse;

import java.util.ArrayList;
import java.util.List;

/** A section and its activities while their paragraphs are being read. */
final class ActivityDraft {

    static final class SectionDraft {
        final Traced<String> code;
        final Traced<String> title;
        final String label;
        final List<ActivityDraft> activities = new ArrayList<>();

        SectionDraft(Traced<String> code, Traced<String> title, String label) {
            this.code = code;
            this.title = title;
            this.label = label;
        }

        ParsedPlan.Section build() {
            return new ParsedPlan.Section(code, title, activities.stream().map(ActivityDraft::build).toList());
        }
    }

    final Traced<String> code;
    final String label;
    final Traced<String> title;
    Traced<String> theme;
    Traced<String> timeframe;
    Traced<String> location;
    Traced<String> leadUnit;
    final List<Traced<String>> coordinatingUnits = new ArrayList<>();
    private String notes;
    private String notesSource;

    ActivityDraft(Traced<String> code, String label, Traced<String> title) {
        this.code = code;
        this.label = label;
        this.title = title;
    }

    /** Sets a field from its label's value; a field given twice keeps the first and the second goes to the notes. */
    void set(Labels.Field field, String value, String source, String wholeText) {
        switch (field) {
            case THEME -> theme = first(theme, Values.theme(value), source, wholeText);
            case TIMEFRAME -> timeframe = first(timeframe, Values.clean(value), source, wholeText);
            case LOCATION -> location = first(location, Values.clean(value), source, wholeText);
            case LEAD -> leadUnit = first(leadUnit, Values.clean(value), source, wholeText);
            case COORDINATING -> Values.units(value).forEach(u -> coordinatingUnits.add(Traced.of(u, source)));
            case NOTES -> note(value, source);
        }
    }

    private Traced<String> first(Traced<String> current, String value, String source, String wholeText) {
        if (value == null) {
            return current;
        }
        if (current != null) {
            note(wholeText, source);
            return current;
        }
        return Traced.of(value, source);
    }

    void note(String text, String source) {
        String v = Values.clean(text);
        if (v == null) {
            return;
        }
        if (notes == null) {
            notes = v;
            notesSource = source;
        } else {
            notes = notes + "\n" + v;
        }
    }

    ParsedPlan.Activity build() {
        return new ParsedPlan.Activity(code, label, title, theme, timeframe, location, leadUnit, coordinatingUnits,
                notes == null ? null : Traced.of(notes, notesSource));
    }
}
