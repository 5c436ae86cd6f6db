package vn.lienket.console.admin;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.lienket.console.api.ApiProblem;

/**
 * A problem the page finds before calling the API, in the API's own shape (400 naming the field),
 * so it is shown the same way: when the form lacks what the request's path needs (the successor).
 */
final class LocalProblem {

    private LocalProblem() {
    }

    static ApiProblem required(String field) {
        ObjectNode problem = JsonNodeFactory.instance.objectNode()
                .put("type", "urn:lienket:problem:invalid-input")
                .put("status", 400)
                .put("detail", field + " is required")
                .put("field", field);
        problem.putArray("errors").addObject().put("field", field).put("message", "is required");
        return ApiProblem.of(400, problem);
    }

    /** The admin pages are for a platform admin or an authority's admin; anyone else gets the page a 403 gets. */
    static ApiProblem forbidden() {
        ObjectNode problem = JsonNodeFactory.instance.objectNode()
                .put("type", "urn:lienket:problem:forbidden")
                .put("status", 403)
                .put("detail", "The administration pages are for a platform admin or an authority's admin");
        return ApiProblem.of(403, problem);
    }

    static ApiProblem notFound(String detail) {
        return ApiProblem.of(404, JsonNodeFactory.instance.objectNode().put("type", "urn:lienket:problem:not-found")
                .put("status", 404).put("detail", detail));
    }
}
