package vn.lienket.plan.programme;

import org.springframework.http.HttpStatus;
import vn.lienket.support.web.ApiException;

/** A programme change its rules refuse, naming the input that is wrong; the edge answers it as a problem. */
final class ProgrammeChangeRefused extends RuntimeException {

    private final boolean conflict;
    private final String field;

    private ProgrammeChangeRefused(boolean conflict, String field, String detail) {
        super(detail);
        this.conflict = conflict;
        this.field = field;
    }

    /** The input itself is wrong (400). */
    static ProgrammeChangeRefused invalid(String field, String detail) {
        return new ProgrammeChangeRefused(false, field, detail);
    }

    /** The input clashes with the programme as it stands (409): a member twice, a change to an archived one. */
    static ProgrammeChangeRefused conflict(String field, String detail) {
        return new ProgrammeChangeRefused(true, field, detail);
    }

    ApiException toProblem() {
        return conflict
                ? new ApiException(HttpStatus.CONFLICT, "conflict", getMessage(), field,
                        java.util.List.of(java.util.Map.of("field", field, "message", getMessage())))
                : ApiException.invalid(field, getMessage());
    }
}
