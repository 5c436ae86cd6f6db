package vn.lienket.console.plans;

import tools.jackson.databind.json.JsonMapper;

/**
 * An activity form as the browser posts it: the fields under the API's names, the draft's ETag the
 * page was read at, and the activity as it was then ({@code opened}, JSON), to tell on a conflict
 * what changed meanwhile.
 */
record ActivityForm(String etag, String opened, String code, String title, String theme, String timeframe,
                    String location, String leadUnit, String coordinatingUnits, String notes) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    Activity toActivity(String activityCode) {
        return new Activity(activityCode, title, theme, timeframe, location, leadUnit, Activity.units(coordinatingUnits), notes);
    }

    /** The activity as the person saw it when they opened the page; {@code fallback} when the form lacks it. */
    Activity openedOr(Activity fallback) {
        if (opened == null || opened.isBlank()) {
            return fallback;
        }
        try {
            return JSON.readValue(opened, Activity.class);
        } catch (RuntimeException unreadable) {
            return fallback;
        }
    }

    static String opened(Activity activity) {
        return JSON.writeValueAsString(activity);
    }
}
