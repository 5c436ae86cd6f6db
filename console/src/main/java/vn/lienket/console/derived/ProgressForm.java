package vn.lienket.console.derived;

import java.util.LinkedHashMap;
import java.util.Map;

/** A progress report on one activity: status, as of which day, a note. */
public record ProgressForm(String activity, String status, String asOf, String note) {

    public static final ProgressForm EMPTY = new ProgressForm(null, null, null, null);

    /** The body of {@code POST …/activities/{code}/progress}. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", LocalFieldsForm.blankToNull(status));
        body.put("asOf", LocalFieldsForm.blankToNull(asOf));
        body.put("note", LocalFieldsForm.blankToNull(note));
        return body;
    }
}
