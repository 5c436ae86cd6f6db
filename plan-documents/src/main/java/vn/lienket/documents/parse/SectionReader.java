package vn.lienket.documents.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sections and activities of the part that holds them: "2." starts a section, "2.3." or "c)"
 * an activity, a field label sets the current activity's field (or, on a section that has no
 * activity yet, makes the section its own activity "6.1"), other lines inside an activity are its
 * notes, and what is left is listed for review. Table rows go through their header's {@link TableLayout}.
 */
final class SectionReader {

    private final List<ParsedPlan.Unrecognised> unrecognised;
    private final List<ActivityDraft.SectionDraft> sections = new ArrayList<>();
    private ActivityDraft.SectionDraft section;
    private ActivityDraft activity;
    private TableLayout table;

    SectionReader(List<ParsedPlan.Unrecognised> unrecognised) {
        this.unrecognised = unrecognised;
    }

    List<ParsedPlan.Section> read(List<Para> paras) {
        for (Para p : paras) {
            if (p.row()) {
                row(p);
            } else {
                paragraph(p);
            }
        }
        return sections.stream().map(ActivityDraft.SectionDraft::build).toList();
    }

    private void paragraph(Para p) {
        Optional<Codes.Label> label = Codes.label(p.text());
        Codes.Kind kind = label.map(Codes.Label::kind).orElse(null);
        if (kind == Codes.Kind.NUMBER && label.get().written().endsWith(")") && section != null
                && !section.label.endsWith(")")) {
            kind = Codes.Kind.LETTER;
        }
        if (kind == Codes.Kind.NUMBER || kind == Codes.Kind.PART) {
            startSection(label.get().value(), label.get().written(), label.get().rest(), p.source());
        } else if (kind == Codes.Kind.MULTI) {
            String code = label.get().value();
            if (section == null) {
                startSection(code.substring(0, code.indexOf('.')), "", null, p.source());
            }
            startActivity(code, label.get().written(), label.get().rest(), p.source());
        } else if (kind == Codes.Kind.LETTER) {
            if (section == null) {
                startSection(String.valueOf(sections.size() + 1), "", null, p.source());
            }
            String value = label.get().value();
            int index = value.matches("\\d+") ? Integer.parseInt(value) : Codes.letterIndex(value);
            startActivity(section.code.value() + "." + index, label.get().written(), label.get().rest(), p.source());
        } else {
            String text = kind == Codes.Kind.DASH ? label.get().rest() : p.text();
            Optional<Labels.Found> field = Starts.field(text);
            if (field.isPresent() && (kind == Codes.Kind.DASH || Character.isUpperCase(text.codePointAt(0)))) {
                field(field.get().field(), text.substring(field.get().valueStart()), p.source(), text);
            } else if (activity != null) {
                activity.note(p.text(), p.source());
            } else {
                unrecognised.add(new ParsedPlan.Unrecognised(p.source(), p.text()));
            }
        }
    }

    private void row(Para p) {
        Optional<TableLayout> header = TableLayout.header(p);
        if (header.isPresent()) {
            table = header.get();
            return;
        }
        if (table == null) {
            unrecognised.add(new ParsedPlan.Unrecognised(p.source(), p.text()));
            return;
        }
        table.row(p).ifPresent(row -> {
            if (row.group()) {
                String number = row.number();
                String code = number.isEmpty() ? String.valueOf(sections.size() + 1)
                        : Codes.isRoman(number) ? String.valueOf(Codes.roman(number.replace(".", ""))) : number;
                startSection(code, number, row.title().text(), row.title().source());
                return;
            }
            if (section == null) {
                startSection(String.valueOf(sections.size() + 1), "", null, row.source());
            }
            String number = row.number();
            String code = number.matches("\\d{1,2}\\.\\d{1,2}") ? number
                    : section.code.value() + "." + (section.activities.size() + 1);
            startActivity(code, number, row.title().text(), row.title().source());
            row.fields().forEach((column, cell) -> {
                String source = cell.source();
                switch (column) {
                    case THEME -> activity.set(Labels.Field.THEME, cell.text(), source, cell.text());
                    case TIMEFRAME -> activity.set(Labels.Field.TIMEFRAME, cell.text(), source, cell.text());
                    case LOCATION -> activity.set(Labels.Field.LOCATION, cell.text(), source, cell.text());
                    case LEAD -> activity.set(Labels.Field.LEAD, cell.text(), source, cell.text());
                    case COORDINATING -> {
                        for (String line : cell.text().split("\\R")) {
                            String unit = Codes.label(Values.space(line)).filter(l -> l.kind() == Codes.Kind.DASH)
                                    .map(Codes.Label::rest).orElse(line);
                            activity.set(Labels.Field.COORDINATING, unit, source, unit);
                        }
                    }
                    case NOTES -> activity.set(Labels.Field.NOTES, cell.text(), source, cell.text());
                    default -> { }
                }
            });
        });
    }

    private void field(Labels.Field field, String value, String source, String text) {
        if (activity == null) {
            if (section == null || !section.activities.isEmpty()) {
                unrecognised.add(new ParsedPlan.Unrecognised(source, text));
                return;
            }
            // a section whose own paragraph carries the field lines is one activity: "6.1"
            activity = new ActivityDraft(Traced.of(section.code.value() + ".1", section.code.source()), section.label, section.title);
            section.activities.add(activity);
        }
        activity.set(field, value, source, text);
    }

    private void startSection(String code, String label, String title, String source) {
        section = new ActivityDraft.SectionDraft(Traced.of(code, source),
                title == null ? null : Traced.of(Values.clean(title), source), label);
        sections.add(section);
        activity = null;
    }

    private void startActivity(String code, String label, String title, String source) {
        activity = new ActivityDraft(Traced.of(code, source), label, Traced.of(Values.clean(title), source));
        section.activities.add(activity);
    }
}
