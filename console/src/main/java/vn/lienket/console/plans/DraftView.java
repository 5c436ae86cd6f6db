package vn.lienket.console.plans;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The draft as its editor shows it: sections of activities, each with the JSON of the activity as
 * the page was read (sent back as {@code opened}, to tell on a conflict what changed meanwhile).
 */
record DraftView(List<Section> sections) {

    record Section(String code, String title, List<Item> activities) {

        /** A number for a new activity of the section: the next after its last ({@code 2.4} after {@code 2.3}). */
        public String nextCode() {
            int last = activities.stream().map(i -> i.code().substring(i.code().lastIndexOf('.') + 1))
                    .filter(n -> n.matches("\\d{1,9}")).mapToInt(Integer::parseInt).max().orElse(0);
            return code + "." + (last + 1);
        }
    }

    /** An activity of the draft; {@code timeframeFlagged}: the service could not read a period from its timeframe. */
    record Item(Activity activity, String opened, boolean timeframeFlagged) {

        public String code() {
            return activity.code();
        }
    }

    static DraftView of(JsonNode plan) {
        return new DraftView(plan.path("draft").path("sections").valueStream().map(s -> new Section(s.path("code").asString(),
                s.path("title").asString(), s.path("activities").valueStream().map(a -> {
                    Activity activity = Activity.of(a);
                    return new Item(activity, ActivityForm.opened(activity), a.path("timeframeFlagged").asBoolean(false));
                }).toList())).toList());
    }

    public Activity activity(String code) {
        return sections.stream().flatMap(s -> s.activities().stream()).map(Item::activity)
                .filter(a -> a.code().equals(code)).findFirst().orElse(null);
    }
}
