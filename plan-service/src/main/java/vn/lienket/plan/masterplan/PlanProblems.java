package vn.lienket.plan.masterplan;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import vn.lienket.support.web.ApiException;

/** The refusals of plan writes that name a field or a state: each a problem, and nothing written. */
final class PlanProblems {

    private PlanProblems() {
    }

    /** 409: the request clashes with what exists, e.g. a plan number already used in the programme. */
    static ApiException conflict(String field, String detail) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", detail, field, List.of(Map.of("field", field, "message", detail)));
    }

    /** 422: the field is well-formed but names something it cannot, e.g. a plan of another programme to copy. */
    static ApiException unprocessable(String field, String detail) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable", detail, field,
                List.of(Map.of("field", field, "message", detail)));
    }

    /** 409: a closed plan is read-only. */
    static ApiException closed(MasterPlan plan) {
        return new ApiException(HttpStatus.CONFLICT, "plan-closed", "Plan " + plan.number() + " was closed on "
                + plan.closedAt() + " by " + plan.closedBy() + "; it is read-only", null, null);
    }
}
