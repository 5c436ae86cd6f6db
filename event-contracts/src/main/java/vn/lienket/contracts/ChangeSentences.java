package vn.lienket.contracts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A change in the words of the plans: "Hoạt động 2.3: địa điểm đổi từ Tỉnh Tiền Giang sang Tỉnh Vĩnh Long". */
public final class ChangeSentences {

    private static final Map<String, String> FIELD_NAMES = Map.of(
            PlanChanges.TITLE, "tên hoạt động",
            PlanChanges.THEME, "chủ đề",
            PlanChanges.TIMEFRAME, "thời gian thực hiện",
            PlanChanges.LOCATION, "địa điểm",
            PlanChanges.LEAD_UNIT, "đơn vị chủ trì",
            PlanChanges.COORDINATING_UNITS, "đơn vị phối hợp",
            PlanChanges.NOTES, "ghi chú");

    private ChangeSentences() {
    }

    public static String of(ActivityChange change) {
        return of(change.activityCode(), change.kind(), change.title(), change.fields());
    }

    public static String of(PendingChange change) {
        return of(change.activityCode(), change.kind(), change.title(), change.fields());
    }

    private static String of(String code, ChangeKind kind, String title, List<FieldChange> fields) {
        return switch (kind) {
            case ADDED -> "Hoạt động " + code + " (mới): " + title;
            case REMOVED -> "Hoạt động " + code + " bị bỏ: " + title;
            case CHANGED -> "Hoạt động " + code + ": "
                    + fields.stream().map(ChangeSentences::of).collect(Collectors.joining("; "));
        };
    }

    private static String of(FieldChange field) {
        String name = FIELD_NAMES.getOrDefault(field.field(), field.field());
        if (field.oldValue() == null) {
            return name + " bổ sung: " + field.newValue();
        }
        if (field.newValue() == null) {
            return name + " bỏ: " + field.oldValue();
        }
        return name + " đổi từ " + field.oldValue() + " sang " + field.newValue();
    }
}
