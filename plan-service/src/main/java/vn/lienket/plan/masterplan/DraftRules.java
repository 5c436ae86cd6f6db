package vn.lienket.plan.masterplan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.lienket.contracts.ActivitySnapshot;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.support.web.ApiException;

/** What a draft must satisfy beyond field shapes: unique section numbers, activities numbered within their section. */
final class DraftRules {

    private DraftRules() {
    }

    static void check(List<SectionSnapshot> sections) {
        Set<String> sectionCodes = new HashSet<>();
        Set<String> activityCodes = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            SectionSnapshot section = sections.get(i);
            if (!sectionCodes.add(section.code())) {
                throw ApiException.invalid("sections[" + i + "].code", "section " + section.code() + " appears twice");
            }
            for (int j = 0; j < section.activities().size(); j++) {
                ActivitySnapshot activity = section.activities().get(j);
                String field = "sections[" + i + "].activities[" + j + "].code";
                if (!activity.code().startsWith(section.code() + ".")) {
                    throw ApiException.invalid(field, "activity " + activity.code() + " is not numbered within section "
                            + section.code() + " (expected " + section.code() + ".n)");
                }
                if (!activityCodes.add(activity.code())) {
                    throw ApiException.invalid(field, "activity " + activity.code() + " appears twice");
                }
            }
        }
    }
}
