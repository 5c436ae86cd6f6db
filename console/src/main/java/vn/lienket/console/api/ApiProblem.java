package vn.lienket.console.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The API refused a call (an RFC 9457 problem). A page shows it in plain words ({@link ProblemWords}),
 * each field's message next to that field.
 *
 * @param status the HTTP status
 * @param slug the problem type's last part ({@code invalid-input}, {@code precondition-failed}…)
 * @param detail the service's own sentence
 * @param field the field the problem names, if one
 * @param errors every field named, with its message, in order
 * @param body the whole problem, for the properties a page needs ({@code successor}, {@code missing}…)
 */
public record ApiProblem(int status, String slug, String detail, String field, Map<String, String> errors, JsonNode body) {

    public static ApiProblem of(int status, JsonNode problem) {
        String type = problem.path("type").asString("");
        String slug = type.startsWith("urn:lienket:problem:") ? type.substring("urn:lienket:problem:".length()) : "status-" + status;
        Map<String, String> errors = new LinkedHashMap<>();
        problem.path("errors").valueStream().forEach(e -> errors.putIfAbsent(e.path("field").asString(""), e.path("message").asString("")));
        String field = problem.path("field").isString() ? problem.path("field").asString() : null;
        if (field != null) {
            errors.putIfAbsent(field, problem.path("detail").asString(""));
        }
        return new ApiProblem(status, slug, problem.path("detail").asString(""), field, errors, problem);
    }

    /**
     * A refusal the console makes itself before calling the API (a form left incomplete, a page not
     * for this person), in the API's shape so that it is shown the same way.
     */
    public static ApiProblem local(int status, String slug, String field, String detail) {
        tools.jackson.databind.node.ObjectNode problem = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("type", "urn:lienket:problem:" + slug).put("status", status).put("detail", detail);
        if (field != null) {
            problem.put("field", field);
        }
        return of(status, problem);
    }

    /** Is {@code name} among the fields this problem names (exactly, or as the start of a path such as {@code sections[0].title})? */
    public boolean names(String name) {
        return errors.containsKey(name) || errors.keySet().stream().anyMatch(f -> f.startsWith(name + ".") || f.startsWith(name + "["));
    }

    public String messageFor(String name) {
        return errors.entrySet().stream().filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + ".")
                        || e.getKey().startsWith(name + "["))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    public List<String> fields() {
        return List.copyOf(errors.keySet());
    }

    /** Thrown by {@link Gateway}; carries the problem to the page. */
    public static final class Refused extends RuntimeException {

        private final ApiProblem problem;

        public Refused(ApiProblem problem) {
            super(problem.status() + " " + problem.slug() + ": " + problem.detail());
            this.problem = problem;
        }

        public ApiProblem problem() {
            return problem;
        }
    }
}
