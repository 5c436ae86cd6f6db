package vn.lienket.contracts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The changes between two states of a plan, activity by activity and field by field.
 * Comparing any two states gives the net change, which is how a province that skipped
 * versions learns what changed since the version it is based on.
 */
public final class PlanChanges {

    public static final String TITLE = "title";
    public static final String THEME = "theme";
    public static final String TIMEFRAME = "timeframe";
    public static final String LOCATION = "location";
    public static final String LEAD_UNIT = "leadUnit";
    public static final String COORDINATING_UNITS = "coordinatingUnits";
    public static final String NOTES = "notes";

    private static final Map<String, Function<ActivitySnapshot, String>> FIELDS = fields();

    /** Orders "2.10" after "2.9". */
    public static final Comparator<String> BY_ACTIVITY_CODE = PlanChanges::compareCodes;

    private PlanChanges() {
    }

    public static List<ActivityChange> between(List<SectionSnapshot> before, List<SectionSnapshot> after) {
        return between(byCode(before), byCode(after), FIELDS, ActivitySnapshot::title);
    }

    /**
     * The changes between two sets of activities of any kind, keyed by activity code, comparing the
     * named fields; the one place the comparison is made (master versions, derived versions).
     */
    public static <A> List<ActivityChange> between(Map<String, A> before, Map<String, A> after,
                                                   Map<String, Function<A, String>> fields, Function<A, String> title) {
        TreeSet<String> codes = new TreeSet<>(BY_ACTIVITY_CODE);
        codes.addAll(before.keySet());
        codes.addAll(after.keySet());
        List<ActivityChange> changes = new ArrayList<>();
        for (String code : codes) {
            A a = before.get(code);
            A b = after.get(code);
            List<FieldChange> changed = new ArrayList<>();
            fields.forEach((name, getter) -> {
                String oldValue = a == null ? null : getter.apply(a);
                String newValue = b == null ? null : getter.apply(b);
                if (!Objects.equals(oldValue, newValue)) {
                    changed.add(new FieldChange(name, oldValue, newValue));
                }
            });
            if (!changed.isEmpty()) {
                ChangeKind kind = a == null ? ChangeKind.ADDED : b == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
                changes.add(new ActivityChange(code, kind, title.apply(b != null ? b : a), changed));
            }
        }
        return changes;
    }

    public static Map<String, ActivitySnapshot> byCode(List<SectionSnapshot> sections) {
        Map<String, ActivitySnapshot> byCode = new LinkedHashMap<>();
        sections.forEach(s -> s.activities().forEach(a -> byCode.put(a.code(), a)));
        return byCode;
    }

    private static Map<String, Function<ActivitySnapshot, String>> fields() {
        Map<String, Function<ActivitySnapshot, String>> fields = new LinkedHashMap<>();
        fields.put(TITLE, ActivitySnapshot::title);
        fields.put(THEME, ActivitySnapshot::theme);
        fields.put(TIMEFRAME, ActivitySnapshot::timeframe);
        fields.put(LOCATION, ActivitySnapshot::location);
        fields.put(LEAD_UNIT, ActivitySnapshot::leadUnit);
        fields.put(COORDINATING_UNITS, a -> a.coordinatingUnits().isEmpty() ? null : String.join("; ", a.coordinatingUnits()));
        fields.put(NOTES, ActivitySnapshot::notes);
        return fields;
    }

    private static int compareCodes(String x, String y) {
        String[] a = x.split("\\.");
        String[] b = y.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = compareParts(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int compareParts(String a, String b) {
        if (a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)
                && !a.isEmpty() && !b.isEmpty() && a.length() < 10 && b.length() < 10) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }
}
