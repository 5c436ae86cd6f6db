package vn.lienket.plan.masterplan;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienket.contracts.PlanChanges;
import vn.lienket.contracts.SectionSnapshot;

/**
 * Numbers each section's activities 1, 2, 3… in their order, as a new year's plan is numbered:
 * 2.1, 2.3, 2.4 (2.2 removed during the year) become 2.1, 2.2, 2.3, and a sub-activity follows its
 * parent (2.3.1 becomes 2.2.1). Sections keep their numbers; a section already numbered without
 * gaps is left as it is.
 */
final class Renumbering {

    /** The sections renumbered, and each changed code with its new one, in order. */
    record Result(List<SectionSnapshot> sections, Map<String, String> renumbered) {
    }

    private Renumbering() {
    }

    static Result contiguous(List<SectionSnapshot> sections) {
        Map<String, String> renumbered = new LinkedHashMap<>();
        List<SectionSnapshot> result = sections.stream().map(section -> {
            Map<String, String> codes = codesOf(section);
            codes.forEach((from, to) -> {
                if (!from.equals(to)) {
                    renumbered.put(from, to);
                }
            });
            return new SectionSnapshot(section.code(), section.title(),
                    section.activities().stream().map(a -> a.withCode(codes.get(a.code()))).toList());
        }).toList();
        return new Result(result, renumbered);
    }

    /** Old code to new, level by level: siblings under one parent are numbered in the order of their codes. */
    private static Map<String, String> codesOf(SectionSnapshot section) {
        Map<String, String> prefixes = new HashMap<>();
        Map<String, Integer> children = new HashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        section.activities().stream().map(a -> a.code()).sorted(PlanChanges.BY_ACTIVITY_CODE).forEach(code -> {
            String[] levels = code.substring(section.code().length() + 1).split("\\.");
            String oldPrefix = section.code();
            String newPrefix = section.code();
            for (String level : levels) {
                oldPrefix = oldPrefix + "." + level;
                String parent = newPrefix;
                newPrefix = prefixes.computeIfAbsent(oldPrefix, p -> parent + "." + children.merge(parent, 1, Integer::sum));
            }
            codes.put(code, newPrefix);
        });
        return codes;
    }
}
