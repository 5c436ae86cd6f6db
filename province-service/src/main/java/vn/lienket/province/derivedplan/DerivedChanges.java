package vn.lienket.province.derivedplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import vn.lienket.contracts.ActivityChange;
import vn.lienket.contracts.ChangeKind;
import vn.lienket.contracts.FieldChange;
import vn.lienket.contracts.PlanChanges;

/** How one derived version differs from the one before it, the province's own fields included. */
final class DerivedChanges {

    private static final Map<String, Function<DerivedActivity, String>> FIELDS = fields();

    private DerivedChanges() {
    }

    static List<ActivityChange> between(List<DerivedActivity> before, List<DerivedActivity> after) {
        Map<String, DerivedActivity> old = byCode(before);
        Map<String, DerivedActivity> now = byCode(after);
        TreeSet<String> codes = new TreeSet<>(PlanChanges.BY_ACTIVITY_CODE);
        codes.addAll(old.keySet());
        codes.addAll(now.keySet());
        List<ActivityChange> changes = new ArrayList<>();
        for (String code : codes) {
            DerivedActivity a = old.get(code);
            DerivedActivity b = now.get(code);
            List<FieldChange> fields = new ArrayList<>();
            FIELDS.forEach((name, getter) -> {
                String was = a == null ? null : getter.apply(a);
                String is = b == null ? null : getter.apply(b);
                if (!Objects.equals(was, is)) {
                    fields.add(new FieldChange(name, was, is));
                }
            });
            if (!fields.isEmpty()) {
                ChangeKind kind = a == null ? ChangeKind.ADDED : b == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
                changes.add(new ActivityChange(code, kind, (b != null ? b : a).title(), fields));
            }
        }
        return changes;
    }

    private static Map<String, DerivedActivity> byCode(List<DerivedActivity> activities) {
        Map<String, DerivedActivity> byCode = new LinkedHashMap<>();
        activities.forEach(a -> byCode.put(a.code(), a));
        return byCode;
    }

    private static Map<String, Function<DerivedActivity, String>> fields() {
        Map<String, Function<DerivedActivity, String>> fields = new LinkedHashMap<>();
        fields.put(PlanChanges.TITLE, DerivedActivity::title);
        fields.put(PlanChanges.THEME, DerivedActivity::theme);
        fields.put(PlanChanges.TIMEFRAME, DerivedActivity::timeframe);
        fields.put(PlanChanges.LOCATION, DerivedActivity::location);
        fields.put("leadUnit", DerivedActivity::leadUnit);
        fields.put("coordinatingUnits", a -> a.coordinatingUnits() == null ? null : String.join("; ", a.coordinatingUnits()));
        fields.put("notes", DerivedActivity::notes);
        fields.put("justification", DerivedActivity::justification);
        return fields;
    }
}
