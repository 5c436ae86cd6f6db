package vn.lienket.console.derived;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.lienket.console.api.Json;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.derived.DerivedPlanView.Activity;
import vn.lienket.console.derived.DerivedPlanView.ActivityGroup;
import vn.lienket.console.derived.DerivedPlanView.Candidate;
import vn.lienket.console.derived.DerivedPlanView.ChangeGroup;
import vn.lienket.console.derived.DerivedPlanView.Consolidating;
import vn.lienket.console.derived.DerivedPlanView.Deviation;
import vn.lienket.console.derived.DerivedPlanView.FieldChange;
import vn.lienket.console.derived.DerivedPlanView.MasterActivity;
import vn.lienket.console.derived.DerivedPlanView.PendingChange;
import vn.lienket.console.derived.DerivedPlanView.Progress;
import vn.lienket.console.derived.DerivedPlanView.Report;

import static vn.lienket.console.api.Json.items;
import static vn.lienket.console.api.Json.number;
import static vn.lienket.console.api.Json.text;
import static vn.lienket.console.api.Json.texts;

/**
 * Reads {@code GET /api/provinces/{p}/derived-plans/{id}} into the page's {@link DerivedPlanView}.
 * Nothing is decided here that the API decides: deviations and pending changes are the API's, only
 * grouped (by the section of the master plan an activity's code falls in) and joined up.
 */
public final class DerivedPlanReading {

    /** The section of activities that follow no section of the master plan. */
    static final String LOCAL_SECTION = "Hoạt động riêng của địa phương";

    private DerivedPlanReading() {
    }

    public static DerivedPlanView read(JsonNode plan, String etag) {
        Map<String, String> sections = sectionTitles(plan);
        Map<String, MasterActivity> master = masterActivities(plan.path("baseMaster"));
        Map<String, List<Deviation>> deviations = deviationsByActivity(plan);
        Map<String, Progress> progress = progressByActivity(plan);
        List<Activity> activities = items(plan, "activities").stream().map(a -> {
            String code = text(a, "code");
            String masterCode = text(a, "masterCode");
            return new Activity(code, masterCode, text(a, "title"), text(a, "theme"), text(a, "timeframe"),
                    text(a, "location"), text(a, "leadUnit"), texts(a, "coordinatingUnits"), text(a, "notes"),
                    text(a, "justification"), text(a, "origin"), masterCode == null ? null : master.get(masterCode),
                    deviations.getOrDefault(code, List.of()), progress.getOrDefault(code, new Progress(List.of())));
        }).toList();
        List<PendingChange> changes = items(plan, "pendingChanges").stream().map(c -> new PendingChange(text(c, "changeId"),
                text(c, "activityCode"), text(c, "kind"), text(c, "title"), items(c, "fields").stream()
                .map(f -> new FieldChange(text(f, "field"), text(f, "oldValue"), text(f, "newValue"))).toList())).toList();
        // versions are numbered 1 to the current one (a takeover numbers those it joins again); the detail lists none
        List<Integer> versions = java.util.stream.IntStream.rangeClosed(1, number(plan, "derivedVersion")).boxed().toList();
        return new DerivedPlanView(text(plan, "provinceId"), text(plan, "masterPlanId"), text(plan, "masterPlanNumber"),
                text(plan, "masterPlanTitle"), text(plan, "programmeId"), text(plan, "leadAuthority"), text(plan, "status"),
                number(plan, "derivedVersion"), number(plan, "basedOnVersion"), number(plan, "latestMasterVersion"),
                text(plan, "revisionDueDate"), plan.path("unpublishedEdits").asBoolean(false), text(plan, "closedAt") != null,
                text(plan, "archivedInto"), etag, groupChanges(changes, sections), groupActivities(activities, sections),
                consolidation(plan), versions);
    }

    /** Pending changes by the section of the master plan their activity is in, in the master's order. */
    static List<ChangeGroup> groupChanges(List<PendingChange> changes, Map<String, String> sections) {
        return group(changes, PendingChange::activityCode, sections).entrySet().stream()
                .map(e -> new ChangeGroup(e.getKey(), sections.getOrDefault(e.getKey(), LOCAL_SECTION), e.getValue())).toList();
    }

    static List<ActivityGroup> groupActivities(List<Activity> activities, Map<String, String> sections) {
        Map<String, List<Activity>> bySection = new LinkedHashMap<>();
        Map<String, List<Activity>> grouped = group(activities, Activity::code, sections);
        grouped.forEach((section, list) -> {
            // a local activity numbered under no master section joins the local group
            String key = sections.containsKey(section) ? section : "";
            bySection.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list);
        });
        return bySection.entrySet().stream().map(e -> new ActivityGroup(e.getKey(),
                e.getKey().isEmpty() ? LOCAL_SECTION : sections.get(e.getKey()), e.getValue())).toList();
    }

    /** The section an activity's code falls in: "2.3" is in section "2". */
    static String sectionOf(String code) {
        int dot = code == null ? -1 : code.indexOf('.');
        return code == null ? "" : dot < 0 ? code : code.substring(0, dot);
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> code, Map<String, String> sections) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        sections.keySet().forEach(s -> grouped.put(s, new ArrayList<>()));
        for (T item : items) {
            grouped.computeIfAbsent(sectionOf(code.apply(item)), k -> new ArrayList<>()).add(item);
        }
        grouped.values().removeIf(List::isEmpty);
        return grouped;
    }

    /** The sections' titles, the latest master version's first, then any only the base version has. */
    private static Map<String, String> sectionTitles(JsonNode plan) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String version : List.of("latestMaster", "baseMaster")) {
            plan.path(version).valueStream().forEach(s -> titles.putIfAbsent(text(s, "code"), text(s, "title")));
        }
        return titles;
    }

    private static Map<String, MasterActivity> masterActivities(JsonNode sections) {
        Map<String, MasterActivity> byCode = new LinkedHashMap<>();
        sections.valueStream().flatMap(s -> s.path("activities").valueStream()).forEach(a -> byCode.put(text(a, "code"),
                new MasterActivity(text(a, "code"), text(a, "title"), text(a, "theme"), text(a, "timeframe"),
                        text(a, "location"))));
        return byCode;
    }

    static Map<String, List<Deviation>> deviationsByActivity(JsonNode plan) {
        Map<String, List<Deviation>> byActivity = new LinkedHashMap<>();
        plan.path("deviations").valueStream().forEach(d -> byActivity.computeIfAbsent(text(d, "activityCode"),
                k -> new ArrayList<>()).add(new Deviation(text(d, "field"), text(d, "masterValue"), text(d, "localValue"),
                d.path("justified").asBoolean(false))));
        return byActivity;
    }

    private static Map<String, Progress> progressByActivity(JsonNode plan) {
        Map<String, Progress> byActivity = new LinkedHashMap<>();
        plan.path("progressByActivity").valueStream().forEach(p -> byActivity.put(text(p, "activityCode"),
                new Progress(items(p, "history").stream().map(r -> new Report(text(r, "status"), text(r, "asOf"),
                        text(r, "note"), text(r, "reportedAt"), text(r, "reportedBy"), text(r, "origin"))).toList())));
        return byActivity;
    }

    private static List<Consolidating> consolidation(JsonNode plan) {
        return items(plan, "consolidation").stream().map(c -> new Consolidating(text(c, "masterCode"), text(c, "title"),
                items(c, "candidates").stream().map(k -> {
                    JsonNode f = k.path("fields");
                    return new Candidate(text(k, "origin"), text(f, "leadUnit"), texts(f, "coordinatingUnits"),
                            text(f, "theme"), text(f, "timeframe"), text(f, "location"), text(f, "notes"));
                }).toList(), text(c, "chosen"), !c.path("fields").isNull() && !c.path("fields").isMissingNode(),
                text(c, "settledBy"), text(c, "settledAt"))).toList();
    }
}
