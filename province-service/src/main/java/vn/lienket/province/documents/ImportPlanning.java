package vn.lienket.province.documents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.lienket.contracts.PlanChanges;
import vn.lienket.documents.match.Match;
import vn.lienket.documents.match.MasterActivity;
import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.parse.Traced;
import vn.lienket.province.derivedplan.DerivedActivity;
import vn.lienket.province.derivedplan.DerivedPlan;
import vn.lienket.province.derivedplan.LocalActivity;
import vn.lienket.province.derivedplan.LocalFields;
import vn.lienket.text.VietnameseText;

/**
 * What a member's document makes of its derived plan, without Spring or a store: which plan
 * activity each document activity writes to, and the edits and local activities that writes. The
 * preview and the apply both ask it, so what the preview shows is what apply writes.
 */
final class ImportPlanning {

    /** A local activity's code, as {@link LocalActivity} takes it. */
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,10}(\\.[0-9A-Za-z]{1,10}){0,3}");

    private ImportPlanning() {
    }

    /** The master activities a document is matched against: those of the master version the plan is based on. */
    static List<MasterActivity> masterActivities(DerivedPlan plan) {
        return PlanChanges.byCode(plan.baseMaster()).values().stream()
                .map(a -> new MasterActivity(a.code(), a.title())).toList();
    }

    /** The document's activities, in its order, with what each writes on the plan. */
    static List<ImportedActivity> activities(ParsedPlan parsed, List<Match> matches, DerivedPlan plan) {
        List<ParsedPlan.Activity> read = parsed.sections().stream().flatMap(s -> s.activities().stream()).toList();
        Set<String> taken = taken(plan);
        List<ImportedActivity> activities = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            ParsedPlan.Activity activity = read.get(i);
            Match match = i < matches.size() ? matches.get(i) : null;
            String documentCode = value(activity.code());
            String title = value(activity.title());
            String source = activity.title() != null ? activity.title().source()
                    : activity.code() != null ? activity.code().source() : null;
            ImportedActivity.Matched matched = match == null ? new ImportedActivity.Matched(null, Match.By.NONE, 0)
                    : new ImportedActivity.Matched(match.masterCode(), match.by(), match.similarity());
            String target = target(plan, matched.masterCode(), documentCode, title).orElse(null);
            ImportedActivity.ProposedLocal proposed = null;
            if (target == null) {
                String code = freeCode(documentCode, taken);
                taken.add(code);
                proposed = new ImportedActivity.ProposedLocal(code, title);
            }
            activities.add(new ImportedActivity(documentCode, activity.label(), title, source, matched, target,
                    ImportedActivity.Fields.of(activity), proposed));
        }
        return activities;
    }

    /** The master codes of the base version no document activity matched. */
    static List<String> unmatchedMaster(DerivedPlan plan, List<ImportedActivity> activities) {
        Set<String> matched = new HashSet<>();
        activities.forEach(a -> matched.add(a.match().masterCode()));
        return PlanChanges.byCode(plan.baseMaster()).keySet().stream().filter(c -> !matched.contains(c)).toList();
    }

    /**
     * What the activities write on the plan as it is now: each matched one's fields, a field the
     * document lacks keeping the plan's value (and the justification always the plan's); each other
     * one added as a local activity, under its proposed code or, if that was taken since, a free one.
     */
    static DerivedPlan.Imported writes(List<ImportedActivity> activities, DerivedPlan plan, String defaultLeadUnit) {
        Map<String, LocalFields> edits = new LinkedHashMap<>();
        List<LocalActivity> added = new ArrayList<>();
        Set<String> taken = taken(plan);
        for (ImportedActivity activity : activities) {
            Optional<DerivedActivity> current = Optional.ofNullable(activity.activityCode())
                    .flatMap(code -> plan.activities().stream().filter(a -> a.code().equals(code)).findFirst());
            if (current.isPresent()) {
                edits.put(current.get().code(), merged(activity.fields(), current.get()));
                continue;
            }
            String code = freeCode(activity.proposedLocal() != null ? activity.proposedLocal().code()
                    : activity.documentCode(), taken);
            taken.add(code);
            ImportedActivity.Fields fields = activity.fields();
            added.add(new LocalActivity(code, activity.title(), new LocalFields(
                    or(fields.leadUnit(), defaultLeadUnit), units(fields.coordinatingUnits()), or(fields.theme(), null),
                    or(fields.timeframe(), null), or(fields.location(), null), or(fields.notes(), null), null)));
        }
        return new DerivedPlan.Imported(edits, added);
    }

    private static LocalFields merged(ImportedActivity.Fields fields, DerivedActivity current) {
        List<String> units = fields.coordinatingUnits().isEmpty()
                ? (current.coordinatingUnits() == null ? List.of() : current.coordinatingUnits())
                : units(fields.coordinatingUnits());
        return new LocalFields(or(fields.leadUnit(), current.leadUnit()), units, or(fields.theme(), current.theme()),
                or(fields.timeframe(), current.timeframe()), or(fields.location(), current.location()),
                or(fields.notes(), current.notes()), current.justification());
    }

    /**
     * The plan activity a document activity writes to: the one traced to its master activity, or a
     * local activity of the plan with its code and title (a document exported from the plan, read back).
     */
    private static Optional<String> target(DerivedPlan plan, String masterCode, String documentCode, String title) {
        if (masterCode != null) {
            Optional<String> traced = plan.activities().stream().filter(a -> masterCode.equals(a.masterCode()))
                    .map(DerivedActivity::code).findFirst();
            if (traced.isPresent()) {
                return traced;
            }
        }
        return plan.activities().stream()
                .filter(a -> a.masterCode() == null && a.code().equals(documentCode)
                        && Objects.equals(VietnameseText.searchKey(a.title()), VietnameseText.searchKey(title)))
                .map(DerivedActivity::code).findFirst();
    }

    /** The plan's activity codes and the latest master version's, which a local activity may not take. */
    private static Set<String> taken(DerivedPlan plan) {
        Set<String> taken = new HashSet<>(PlanChanges.byCode(plan.latestMaster()).keySet());
        plan.activities().forEach(a -> taken.add(a.code()));
        return taken;
    }

    /** The code itself when it is a valid code nobody has; else the first free one in its section ("2.4"), or a new section's. */
    static String freeCode(String wanted, Set<String> taken) {
        if (wanted != null && CODE.matcher(wanted).matches() && !taken.contains(wanted)) {
            return wanted;
        }
        String section = wanted == null ? null : wanted.contains(".") ? wanted.substring(0, wanted.indexOf('.')) : wanted;
        if (section == null || !section.matches("[0-9A-Za-z]{1,10}")) {
            int last = taken.stream().map(c -> c.contains(".") ? c.substring(0, c.indexOf('.')) : c)
                    .filter(s -> s.matches("\\d{1,9}")).mapToInt(Integer::parseInt).max().orElse(0);
            section = String.valueOf(last + 1);
        }
        for (int n = 1; ; n++) {
            String code = section + "." + n;
            if (!taken.contains(code)) {
                return code;
            }
        }
    }

    private static String or(Traced<String> field, String otherwise) {
        return field != null && field.value() != null && !field.value().isBlank() ? field.value() : otherwise;
    }

    private static List<String> units(List<Traced<String>> units) {
        return units.stream().map(Traced::value).filter(u -> !u.isBlank()).toList();
    }

    private static String value(Traced<String> field) {
        return field == null ? null : field.value();
    }
}
