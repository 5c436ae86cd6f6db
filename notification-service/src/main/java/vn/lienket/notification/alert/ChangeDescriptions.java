package vn.lienket.notification.alert;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.lienket.contracts.FieldChange;
import vn.lienket.contracts.PendingChange;
import vn.lienket.contracts.PlanChanges;

/** Pending changes in the words of the plans: "Hoạt động 2.3: địa điểm đổi từ Tỉnh Tiền Giang sang Tỉnh Vĩnh Long". */
final class ChangeDescriptions {

    private static final Map<String, String> FIELD_NAMES = Map.of(
            PlanChanges.TITLE, "tên hoạt động",
            PlanChanges.THEME, "chủ đề",
            PlanChanges.TIMEFRAME, "thời gian thực hiện",
            PlanChanges.LOCATION, "địa điểm");

    private ChangeDescriptions() {
    }

    static String describe(List<PendingChange> changes) {
        if (changes.isEmpty()) {
            return "- Không có thay đổi nội dung; đề nghị xác nhận căn cứ phiên bản mới.";
        }
        return changes.stream().map(ChangeDescriptions::describe).collect(Collectors.joining("\n"));
    }

    static String describe(PendingChange change) {
        return switch (change.kind()) {
            case ADDED -> "- Hoạt động " + change.activityCode() + " (mới): " + change.title();
            case REMOVED -> "- Hoạt động " + change.activityCode() + " bị bỏ: " + change.title();
            case CHANGED -> "- Hoạt động " + change.activityCode() + ": " + change.fields().stream()
                    .map(ChangeDescriptions::describe).collect(Collectors.joining("; "));
        };
    }

    private static String describe(FieldChange field) {
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
