package vn.lienket.plan.masterplan;

import java.util.List;
import java.util.Map;

import vn.lienket.contracts.SectionSnapshot;

/**
 * A copy of an earlier plan's latest published version, as next year's plan starts from this
 * year's: it must be a plan of the same programme, and published (a draft is nobody's plan yet).
 * Every refusal is a 422 naming {@code copyOf}.
 */
record CopyOfPlan(MasterPlans masterPlans, String programmeId, String sourceId, boolean renumber) implements DraftSource {

    @Override
    public Draft draft() {
        MasterPlan source = masterPlans.find(sourceId)
                .orElseThrow(() -> PlanProblems.unprocessable("copyOf", "There is no plan " + sourceId + " to copy"))
                .value();
        if (!source.programmeId().equals(programmeId)) {
            throw PlanProblems.unprocessable("copyOf", "Plan " + sourceId + " belongs to programme " + source.programmeId()
                    + ", not " + programmeId + "; a plan copies only a plan of its own programme");
        }
        MasterPlanVersion latest = masterPlans.latestVersion(sourceId)
                .orElseThrow(() -> PlanProblems.unprocessable("copyOf", "Plan " + source.number()
                        + " has never been published; a copy starts from a published version"));
        List<SectionSnapshot> sections = latest.sections();
        String origin = "a copy of " + source.number() + " (" + sourceId + ") version " + latest.number();
        if (!renumber) {
            return new Draft(sections, origin + ", numbers kept");
        }
        Renumbering.Result renumbered = Renumbering.contiguous(sections);
        return new Draft(renumbered.sections(), origin + (renumbered.renumbered().isEmpty() ? ""
                : ", renumbered " + describe(renumbered.renumbered())));
    }

    private static String describe(Map<String, String> renumbered) {
        return String.join(", ", renumbered.entrySet().stream().map(e -> e.getKey() + "→" + e.getValue()).toList());
    }
}
