package vn.lienket.console.plans;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lienket.console.api.ApiProblem;

/**
 * A draft refusal said at the field of the form that caused it, in Vietnamese: plan-service judges
 * the whole draft after an edit, so it names {@code sections[2].activities[4].code} where the person
 * typed a number in a move or an add; a number taken is a 409 without a field; a section that does
 * not exist a 404. The service's own sentence stays as the problem's detail.
 */
final class DraftRefusals {

    private static final Pattern NOT_IN_SECTION = Pattern.compile("activity (\\S+) is not numbered within section (\\S+)");
    private static final Pattern TWICE = Pattern.compile("activity (\\S+) appears twice");
    private static final Pattern TAKEN = Pattern.compile("already has activity (\\S+)");
    private static final Pattern NO_SECTION = Pattern.compile("has no section (\\S+)");

    private DraftRefusals() {
    }

    /** The problem with its fields renamed to the form's ({@code newCode} for a move, {@code code} for an add). */
    static ApiProblem atTheForm(ApiProblem problem, DraftPage.Outcome outcome) {
        String kind = outcome.kind();
        String numberField = "move".equals(kind) ? "newCode" : "add".equals(kind) ? "code" : null;
        if (numberField == null) {
            return problem;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach((field, message) -> errors.put(field.matches("sections\\[\\d+]\\.activities\\[\\d+]\\.code")
                ? numberField : field, words(message)));
        Matcher taken = TAKEN.matcher(problem.detail());
        if (problem.status() == 409 && taken.find()) {
            errors.put(numberField, "số hiệu " + taken.group(1) + " đã có trong dự thảo");
        }
        Matcher noSection = NO_SECTION.matcher(problem.detail());
        if (problem.status() == 404 && noSection.find()) {
            errors.put("move".equals(kind) ? "toSection" : numberField, "dự thảo không có mục " + noSection.group(1));
        }
        String field = errors.isEmpty() ? problem.field() : errors.keySet().iterator().next();
        return new ApiProblem(problem.status(), problem.slug(), problem.detail(), field, errors, problem.body());
    }

    /** The problem with each field's reason in Vietnamese where the service's sentence is a known one. */
    static ApiProblem inWords(ApiProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach((field, message) -> errors.put(field, words(message)));
        return new ApiProblem(problem.status(), problem.slug(), problem.detail(), problem.field(), errors, problem.body());
    }

    /** The draft rules' sentences in Vietnamese; any other as the service wrote it. */
    static String words(String message) {
        Matcher m = NOT_IN_SECTION.matcher(message);
        if (m.find()) {
            return "số hiệu " + m.group(1) + " không thuộc mục " + m.group(2) + " (phải bắt đầu bằng " + m.group(2) + ".)";
        }
        m = TWICE.matcher(message);
        if (m.find()) {
            return "số hiệu " + m.group(1) + " đã có trong dự thảo";
        }
        if (message.startsWith("must be today or later")) {
            return "phải là hôm nay hoặc một ngày sau hôm nay";
        }
        if (message.startsWith("an activity keeps its number when changed")) {
            return "không đổi được số hiệu khi sửa; hãy dùng “Chuyển hoạt động”";
        }
        return message;
    }
}
