package vn.lienket.console.todo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.Json;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.signin.Person;
import vn.lienket.console.web.Formats;

/**
 * Gathers a person's work from what the API already says: their authority's derived plans that
 * need revising or consolidating, the reporting dates ahead, and, for a lead authority, members late
 * or overdue on its plans. Nothing is stored here: the list is as fresh as the plans.
 */
@Component
class TodoList {

    private final Gateway gateway;

    TodoList(Gateway gateway) {
        this.gateway = gateway;
    }

    List<Todo> of(Person person) {
        List<Todo> todos = new ArrayList<>();
        if (person.platformAdmin() || !person.keepsPlans()) {
            return todos;
        }
        LocalDate today = Formats.today();
        for (JsonNode programme : gateway.list("/api/programmes")) {
            boolean leads = person.tenant().equals(programme.path("leadAuthority").asString());
            for (JsonNode plan : gateway.list("/api/master-plans?programme={id}", programme.path("id").asString())) {
                if ("CLOSED".equals(plan.path("status").asString())) {
                    continue;
                }
                if (leads && person.coordinator()) {
                    todos.addAll(followUps(plan, today));
                }
            }
        }
        if (!leadsOnly(person)) {
            for (JsonNode derived : gateway.list("/api/provinces/{p}/derived-plans", person.tenant())) {
                todos.addAll(ofDerived(person.tenant(), derived, today));
            }
        }
        todos.sort(Todo::urgency);
        return todos;
    }

    /** A coordinator without the planner role keeps no derived plans of its own. */
    private static boolean leadsOnly(Person person) {
        return person.coordinator() && !person.planner();
    }

    private List<Todo> ofDerived(String tenant, JsonNode derived, LocalDate today) {
        List<Todo> todos = new ArrayList<>();
        if (derived.path("closed").asBoolean(false) || !derived.path("archivedInto").isNull() && !derived.path("archivedInto").isMissingNode()) {
            return todos;
        }
        String planId = derived.path("masterPlanId").asString();
        String number = derived.path("masterPlanNumber").asString();
        String href = "/provinces/" + tenant + "/plans/" + planId;
        switch (derived.path("status").asString()) {
            case "REVISION_REQUIRED" -> {
                LocalDate due = Json.date(derived.path("revisionDueDate"));
                int changes = derived.path("pendingChanges").asInt();
                todos.add(new Todo(Todo.Kind.REVISION, "Điều chỉnh kế hoạch thực hiện " + number + " theo phiên bản "
                        + derived.path("latestMasterVersion").asInt() + ": " + changes + " thay đổi cần xử lý",
                        due, href, due != null && due.isBefore(today)));
            }
            case "CONSOLIDATING" -> todos.add(new Todo(Todo.Kind.CONSOLIDATION, "Hợp nhất kế hoạch " + number + " sau sáp nhập: "
                    + derived.path("activitiesToConsolidate").asInt() + " hoạt động cần chọn", null, href, false));
            default -> { }
        }
        JsonNode master = gateway.get("/api/master-plans/{id}", planId).body();
        master.path("reportingDates").valueStream().map(d -> Json.date(d.path("date"))).filter(d -> d != null && !d.isBefore(today))
                .findFirst().ifPresent(d -> todos.add(new Todo(Todo.Kind.REPORT, "Báo cáo tiến độ thực hiện kế hoạch " + number,
                        d, href + "#progress", false)));
        return todos;
    }

    private List<Todo> followUps(JsonNode plan, LocalDate today) {
        String planId = plan.path("id").asString();
        String number = plan.path("number").asString();
        if (plan.path("latestVersion").asInt(0) == 0) {
            return List.of(new Todo(Todo.Kind.FOLLOW_UP, "Hoàn thiện và xuất bản kế hoạch " + number, null,
                    "/plans/" + planId + "/draft", false));
        }
        JsonNode board = gateway.get("/api/master-plans/{id}/compliance", planId).body();
        List<Todo> todos = new ArrayList<>();
        long overdue = board.path("members").valueStream().filter(m -> "OVERDUE".equals(m.path("status").asString())).count();
        long waiting = board.path("members").valueStream().filter(m -> "NOTIFIED".equals(m.path("status").asString())).count();
        String href = "/plans/" + planId + "/board";
        if (overdue > 0) {
            todos.add(new Todo(Todo.Kind.FOLLOW_UP, overdue + " thành viên quá hạn điều chỉnh theo kế hoạch " + number,
                    earliestDue(board, "OVERDUE"), href, true));
        }
        if (waiting > 0) {
            todos.add(new Todo(Todo.Kind.FOLLOW_UP, waiting + " thành viên chưa điều chỉnh theo phiên bản "
                    + board.path("latestVersion").asInt() + " của kế hoạch " + number, earliestDue(board, "NOTIFIED"), href, false));
        }
        return todos;
    }

    /** The nearest due date of the members in {@code status}: those the item is about. */
    private static LocalDate earliestDue(JsonNode board, String status) {
        return board.path("members").valueStream().filter(m -> status.equals(m.path("status").asString()))
                .map(m -> Json.date(m.path("dueDate"))).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
    }

}
