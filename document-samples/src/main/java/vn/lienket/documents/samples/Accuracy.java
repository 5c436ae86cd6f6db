package vn.lienket.documents.samples;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.parse.Traced;
import vn.lienket.documents.write.PlanDocument;

/**
 * How much of a plan an import read right: of the fields the document has (the header's number,
 * date and title; each section's title; each activity's title, theme, timeframe, location, lead
 * unit, coordinating units and notes), how many came out as written. Text is compared after NFC and
 * with runs of spaces as one; an activity is found by its code, and a field of an activity not found
 * is wrong.
 */
public record Accuracy(int present, int right, List<String> wrong) {

    public double ratio() {
        return present == 0 ? 1 : (double) right / present;
    }

    public static Accuracy of(ParsedPlan parsed, PlanDocument written) {
        List<String> wrong = new ArrayList<>();
        int[] counts = new int[2];
        ParsedPlan.Header header = parsed.header();
        check("number", written.number(), value(header.number()), counts, wrong);
        check("issuedOn", written.issuedOn(), dateValue(header.issuedOn()), counts, wrong);
        check("title", written.title(), value(header.title()), counts, wrong);
        Map<String, ParsedPlan.Section> sections = new LinkedHashMap<>();
        Map<String, ParsedPlan.Activity> activities = new LinkedHashMap<>();
        for (ParsedPlan.Section section : parsed.sections()) {
            sections.putIfAbsent(value(section.code()), section);
            section.activities().forEach(a -> activities.putIfAbsent(value(a.code()), a));
        }
        for (PlanDocument.Section section : written.sections()) {
            ParsedPlan.Section read = sections.get(section.code());
            check(section.code() + " title", section.title(), read == null ? null : value(read.title()), counts, wrong);
            for (PlanDocument.Activity activity : section.activities()) {
                ParsedPlan.Activity a = activities.get(activity.code());
                String code = activity.code() + " ";
                check(code + "title", activity.title(), a == null ? null : value(a.title()), counts, wrong);
                check(code + "theme", activity.theme(), a == null ? null : value(a.theme()), counts, wrong);
                check(code + "timeframe", activity.timeframe(), a == null ? null : value(a.timeframe()), counts, wrong);
                check(code + "location", activity.location(), a == null ? null : value(a.location()), counts, wrong);
                check(code + "leadUnit", activity.leadUnit(), a == null ? null : value(a.leadUnit()), counts, wrong);
                check(code + "notes", activity.notes(), a == null ? null : value(a.notes()), counts, wrong);
                if (!activity.coordinatingUnits().isEmpty()) {
                    String expected = String.join("; ", activity.coordinatingUnits());
                    String got = a == null ? null : String.join("; ", a.coordinatingUnits().stream().map(Accuracy::value).toList());
                    check(code + "coordinatingUnits", expected, got, counts, wrong);
                }
            }
        }
        return new Accuracy(counts[0], counts[1], List.copyOf(wrong));
    }

    private static void check(String field, Object expected, Object got, int[] counts, List<String> wrong) {
        if (expected == null) {
            return;
        }
        counts[0]++;
        if (Objects.equals(normal(expected), normal(got))) {
            counts[1]++;
        } else {
            wrong.add(field + ": expected \"" + expected + "\", read \"" + got + "\"");
        }
    }

    private static Object normal(Object value) {
        if (value instanceof String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip()
                    .replaceAll("[.;]+$", "");
        }
        return value;
    }

    private static String value(Traced<String> traced) {
        return traced == null ? null : traced.value();
    }

    private static LocalDate dateValue(Traced<LocalDate> traced) {
        return traced == null ? null : traced.value();
    }

    @Override
    public String toString() {
        return right + "/" + present + (wrong.isEmpty() ? "" : " " + wrong);
    }
}
