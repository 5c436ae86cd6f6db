package vn.lienket.console.plans;

import org.springframework.stereotype.Component;

/**
 * The plan trail's actions in Vietnamese ({@code activity.moved 2.3 to 3.4} → "Chuyển hoạt động 2.3
 * thành 3.4"), and who did it in the words of the page. Templates call it as {@code @auditWords}.
 */
@Component("auditWords")
class AuditWords {

    public String action(String action) {
        if (action == null) {
            return "";
        }
        String[] p = action.split(" ");
        String arg = p.length > 1 ? p[1] : "";
        return switch (p[0]) {
            case "plan.created" -> "Tạo kế hoạch";
            case "draft.replaced" -> "Thay toàn bộ dự thảo";
            case "activity.added" -> "Thêm hoạt động " + arg;
            case "activity.changed" -> "Sửa hoạt động " + arg;
            case "activity.removed" -> "Bỏ hoạt động " + arg;
            case "activity.moved" -> "Chuyển hoạt động " + arg + (p.length > 3 ? " thành " + p[3] : "");
            case "version.published" -> "Ban hành phiên bản mới";
            case "header.changed" -> "Sửa thông tin chung";
            case "reporting-deadlines.set", "reporting-deadline.set" -> "Đặt hạn báo cáo";
            case "plan.closed" -> "Đóng kế hoạch";
            default -> action;
        };
    }

    /** A change on the compliance board ({@code revised}…) in its words. */
    public String boardAction(String action) {
        return MemberHistory.word(action);
    }

    public String who(String principal) {
        return MemberHistory.cause(principal);
    }
}
