package vn.lienket.console.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Two states of a plan side by side: activities aligned by their number (as the platform compares
 * them, so a moved activity is removed at its old number and added at its new one), each with its
 * fields old against new. Numbers sort as people read them: 2.10 after 2.9.
 */
record VersionDiff(List<Row> rows) {

    enum Kind { ADDED, REMOVED, CHANGED, SAME }

    record Field(String name, String before, String after) {

        public boolean changed() {
            return !java.util.Objects.equals(before, after);
        }
    }

    /** One activity: its number, its title (the newer one), and every field old against new. */
    record Row(String code, Kind kind, String title, String sectionBefore, String sectionAfter, List<Field> fields) {

        public List<Field> changedFields() {
            return fields.stream().filter(Field::changed).toList();
        }

        public boolean moved() {
            return sectionBefore != null && sectionAfter != null && !sectionBefore.equals(sectionAfter);
        }
    }

    static final Comparator<String> BY_CODE = VersionDiff::compareCodes;

    static VersionDiff of(JsonNode sectionsBefore, JsonNode sectionsAfter) {
        Map<String, Placed> before = byCode(sectionsBefore);
        Map<String, Placed> after = byCode(sectionsAfter);
        TreeSet<String> codes = new TreeSet<>(BY_CODE);
        codes.addAll(before.keySet());
        codes.addAll(after.keySet());
        List<Row> rows = new ArrayList<>();
        for (String code : codes) {
            Placed a = before.get(code);
            Placed b = after.get(code);
            List<Field> fields = Activity.FIELDS.stream().map(f -> new Field(f, a == null ? null : a.activity().value(f),
                    b == null ? null : b.activity().value(f))).toList();
            Kind kind = a == null ? Kind.ADDED : b == null ? Kind.REMOVED
                    : fields.stream().anyMatch(Field::changed) ? Kind.CHANGED : Kind.SAME;
            rows.add(new Row(code, kind, (b != null ? b : a).activity().title(), a == null ? null : a.section(),
                    b == null ? null : b.section(), fields));
        }
        return new VersionDiff(rows);
    }

    public List<Row> differing() {
        return rows.stream().filter(r -> r.kind() != Kind.SAME).toList();
    }

    public long count(Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }

    public long unchanged() {
        return count(Kind.SAME);
    }

    /** "2 hoạt động thay đổi, 1 hoạt động thêm mới, 1 hoạt động bị bỏ", or that nothing differs. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (count(Kind.CHANGED) > 0) {
            parts.add(count(Kind.CHANGED) + " hoạt động thay đổi");
        }
        if (count(Kind.ADDED) > 0) {
            parts.add(count(Kind.ADDED) + " hoạt động thêm mới");
        }
        if (count(Kind.REMOVED) > 0) {
            parts.add(count(Kind.REMOVED) + " hoạt động bị bỏ");
        }
        return parts.isEmpty() ? "không có thay đổi." : String.join(", ", parts) + ".";
    }

    private record Placed(String section, Activity activity) {
    }

    private static Map<String, Placed> byCode(JsonNode sections) {
        Map<String, Placed> byCode = new LinkedHashMap<>();
        sections.valueStream().forEach(s -> s.path("activities").valueStream()
                .forEach(a -> byCode.put(a.path("code").asString(), new Placed(s.path("code").asString(), Activity.of(a)))));
        return byCode;
    }

    static int compareCodes(String x, String y) {
        String[] a = x.split("\\.");
        String[] b = y.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            boolean numbers = a[i].matches("\\d{1,9}") && b[i].matches("\\d{1,9}");
            int c = numbers ? Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i])) : a[i].compareTo(b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
