package vn.lienket.plan.masterplan;

import java.util.ArrayList;
import java.util.List;

import vn.lienket.contracts.ActivitySnapshot;
import vn.lienket.contracts.PlanChanges;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.support.web.ApiException;

/** One-activity edits of a draft: each returns the new sections and leaves the old ones as they were. */
final class DraftEdits {

    private DraftEdits() {
    }

    static List<SectionSnapshot> add(List<SectionSnapshot> sections, String sectionCode, ActivitySnapshot activity) {
        requireSection(sections, sectionCode);
        if (PlanChanges.byCode(sections).containsKey(activity.code())) {
            throw ApiException.conflict("The draft already has activity " + activity.code());
        }
        return map(sections, s -> s.code().equals(sectionCode) ? withActivities(s, sorted(append(s.activities(), activity))) : s);
    }

    static List<SectionSnapshot> change(List<SectionSnapshot> sections, String code, ActivitySnapshot activity) {
        requireActivity(sections, code);
        if (!code.equals(activity.code())) {
            throw ApiException.invalid("code", "an activity keeps its number when changed; move it to renumber it");
        }
        return map(sections, s -> withActivities(s, s.activities().stream()
                .map(a -> a.code().equals(code) ? activity : a).toList()));
    }

    static List<SectionSnapshot> remove(List<SectionSnapshot> sections, String code) {
        requireActivity(sections, code);
        return map(sections, s -> withActivities(s, s.activities().stream().filter(a -> !a.code().equals(code)).toList()));
    }

    /** Moves an activity to a section under a new number, e.g. 2.3 to section 3 as 3.4. */
    static List<SectionSnapshot> move(List<SectionSnapshot> sections, String code, String toSection, String newCode) {
        ActivitySnapshot activity = requireActivity(sections, code);
        return add(remove(sections, code), toSection, activity.withCode(newCode));
    }

    private static ActivitySnapshot requireActivity(List<SectionSnapshot> sections, String code) {
        ActivitySnapshot activity = PlanChanges.byCode(sections).get(code);
        if (activity == null) {
            throw ApiException.notFound("The draft has no activity " + code);
        }
        return activity;
    }

    private static void requireSection(List<SectionSnapshot> sections, String sectionCode) {
        if (sections.stream().noneMatch(s -> s.code().equals(sectionCode))) {
            throw ApiException.notFound("The draft has no section " + sectionCode);
        }
    }

    private static List<ActivitySnapshot> append(List<ActivitySnapshot> activities, ActivitySnapshot activity) {
        List<ActivitySnapshot> all = new ArrayList<>(activities);
        all.add(activity);
        return all;
    }

    private static List<ActivitySnapshot> sorted(List<ActivitySnapshot> activities) {
        return activities.stream().sorted((a, b) -> PlanChanges.BY_ACTIVITY_CODE.compare(a.code(), b.code())).toList();
    }

    private static SectionSnapshot withActivities(SectionSnapshot section, List<ActivitySnapshot> activities) {
        return new SectionSnapshot(section.code(), section.title(), activities);
    }

    private static List<SectionSnapshot> map(List<SectionSnapshot> sections,
                                             java.util.function.UnaryOperator<SectionSnapshot> change) {
        return sections.stream().map(change).toList();
    }
}
