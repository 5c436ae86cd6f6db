package vn.lienket.notification.alert;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.lienket.contracts.DerivedPlanTakenOver;

/**
 * A successor took its predecessors' plan over: the successor's tourism unit, by email and SMS,
 * once, about the derived plan it now holds, with what is still to do on it.
 */
final class PlanTakenOverRule implements AlertRule<DerivedPlanTakenOver> {

    @Override
    public Class<DerivedPlanTakenOver> eventType() {
        return DerivedPlanTakenOver.class;
    }

    @Override
    public String template() {
        return "plan-taken-over";
    }

    @Override
    public List<Addressee> addressees(DerivedPlanTakenOver event, Recipients recipients) {
        return recipients.tourismUnitOf(event.provinceId(), event)
                .map(unit -> List.of(Addressee.member(unit, event.masterPlanId(), false))).orElse(List.of());
    }

    @Override
    public Map<String, String> values(DerivedPlanTakenOver event, Recipients recipients) {
        LocalDate effectiveOn = recipients.effectiveOn(event.successionId(), event.predecessors())
                .orElseGet(() -> effectiveOnInId(event.successionId()));
        return values(event, event.predecessors().stream().map(recipients::predecessorName).toList(), effectiveOn);
    }

    /** The words of a take-over, given its predecessors' names and the day the succession took effect. */
    static Map<String, String> values(DerivedPlanTakenOver e, List<String> predecessorNames, LocalDate effectiveOn) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("planNumber", e.masterPlanNumber());
        values.put("planTitle", Words.orEmpty(e.masterPlanTitle()));
        values.put("predecessors", Words.inWords(predecessorNames));
        values.put("effectiveOn", Words.date(effectiveOn));
        values.put("todo", toDo(e).stream().map(line -> "- " + line).collect(Collectors.joining("\n")));
        values.put("todoSms", toDoShort(e));
        return values;
    }

    /** What a successor still has to do on a plan it took over, a sentence each; one saying so when nothing is left. */
    static List<String> toDo(DerivedPlanTakenOver e) {
        List<String> lines = new ArrayList<>();
        if (revising(e)) {
            lines.add("Điều chỉnh kế hoạch triển khai theo phiên bản " + e.latestMasterVersion() + " của kế hoạch trước ngày "
                    + Words.date(e.revisionDueDate()) + ": còn " + e.pendingChanges() + " thay đổi chưa xử lý.");
        }
        if (consolidating(e)) {
            lines.add("Hợp nhất " + e.activitiesToConsolidate() + " hoạt động của các kế hoạch được tiếp nhận (giữ nội dung "
                    + "của một đơn vị hoặc ghi nội dung mới), rồi mới công bố được phiên bản mới.");
        }
        if (lines.isEmpty()) {
            lines.add("Không còn việc tồn đọng: kế hoạch triển khai đã cập nhật theo phiên bản " + e.basedOnVersion()
                    + " của kế hoạch.");
        }
        return lines;
    }

    /** The same, as few words as an SMS allows. */
    static String toDoShort(DerivedPlanTakenOver e) {
        List<String> parts = new ArrayList<>();
        if (revising(e)) {
            parts.add("điều chỉnh trước " + Words.date(e.revisionDueDate()) + ", còn " + e.pendingChanges() + " thay đổi");
        }
        if (consolidating(e)) {
            parts.add("hợp nhất " + e.activitiesToConsolidate() + " HĐ");
        }
        return parts.isEmpty() ? "không còn việc tồn đọng" : String.join("; ", parts);
    }

    private static boolean revising(DerivedPlanTakenOver e) {
        return DerivedPlanTakenOver.REVISION_REQUIRED.equals(e.status()) || e.pendingChanges() > 0;
    }

    private static boolean consolidating(DerivedPlanTakenOver e) {
        return DerivedPlanTakenOver.CONSOLIDATING.equals(e.status()) || e.activitiesToConsolidate() > 0;
    }

    /** The day as a succession's id says it ({@code an-giang@2025-07-01}), when none is recorded. */
    private static LocalDate effectiveOnInId(String successionId) {
        int at = successionId == null ? -1 : successionId.lastIndexOf('@');
        try {
            return at < 0 ? null : LocalDate.parse(successionId.substring(at + 1));
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
