package vn.lienket.province.derivedplan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.lienket.contracts.ActivityChange;
import vn.lienket.contracts.PlanChanges;

/** How one derived version differs from the one before it, the province's own fields included. */
final class DerivedChanges {

    private static final Map<String, Function<DerivedActivity, String>> FIELDS = fields();

    private DerivedChanges() {
    }

    static List<ActivityChange> between(List<DerivedActivity> before, List<DerivedActivity> after) {
        return PlanChanges.between(byCode(before), byCode(after), FIELDS, DerivedActivity::title);
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
        fields.put(PlanChanges.LEAD_UNIT, DerivedActivity::leadUnit);
        fields.put(PlanChanges.COORDINATING_UNITS,
                a -> a.coordinatingUnits() == null || a.coordinatingUnits().isEmpty() ? null : String.join("; ", a.coordinatingUnits()));
        fields.put(PlanChanges.NOTES, DerivedActivity::notes);
        fields.put("justification", DerivedActivity::justification);
        return fields;
    }
}
