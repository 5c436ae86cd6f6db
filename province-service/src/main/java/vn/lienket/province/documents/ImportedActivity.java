package vn.lienket.province.documents;

import java.util.List;

import vn.lienket.documents.match.Match;
import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.parse.Traced;

/**
 * One activity of a member's document in a preview: its code and label as written, its
 * {@code match} to a master activity, the plan's activity it is written to ({@code activityCode}:
 * the matched master activity's, or a local activity of the same code the plan already has), or
 * else the local activity it would add ({@code proposedLocal}), and the province's fields as read.
 */
record ImportedActivity(
        String documentCode,
        String label,
        String title,
        String source,
        Matched match,
        String activityCode,
        Fields fields,
        ProposedLocal proposedLocal) {

    /** Which master activity it matched, how ({@code CODE}, {@code TITLE}, {@code NONE}) and how alike the titles are. */
    record Matched(String masterCode, Match.By by, double similarity) {
    }

    /** The province's own fields as the document gives them; a field it lacks is null (no units: empty). */
    record Fields(Traced<String> leadUnit, List<Traced<String>> coordinatingUnits, Traced<String> theme,
                  Traced<String> timeframe, Traced<String> location, Traced<String> notes) {

        Fields {
            coordinatingUnits = coordinatingUnits == null ? List.of() : List.copyOf(coordinatingUnits);
        }

        static Fields of(ParsedPlan.Activity activity) {
            return new Fields(present(activity.leadUnit()), activity.coordinatingUnits().stream()
                    .filter(u -> u != null && u.value() != null && !u.value().isBlank()).toList(),
                    present(activity.theme()), present(activity.timeframe()), present(activity.location()),
                    present(activity.notes()));
        }

        private static Traced<String> present(Traced<String> field) {
            return field == null || field.value() == null || field.value().isBlank() ? null : field;
        }
    }

    /** The local activity an unmatched one becomes: the document's code, or a free one where that is taken. */
    record ProposedLocal(String code, String title) {
    }
}
