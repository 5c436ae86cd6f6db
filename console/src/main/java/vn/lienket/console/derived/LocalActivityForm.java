package vn.lienket.console.derived;

import java.util.LinkedHashMap;
import java.util.Map;

/** A new activity of the province's own: its code and title, and its local fields. */
public record LocalActivityForm(String code, String title, String leadUnit, String coordinatingUnits, String theme,
                                String timeframe, String location, String notes) {

    public static final LocalActivityForm EMPTY = new LocalActivityForm(null, null, null, null, null, null, null, null);

    /** The body of {@code POST …/activities}: {@code {code, title, fields}}. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", LocalFieldsForm.blankToNull(code));
        body.put("title", LocalFieldsForm.blankToNull(title));
        body.put("fields", new LocalFieldsForm(leadUnit, coordinatingUnits, theme, timeframe, location, notes, null).body());
        return body;
    }
}
