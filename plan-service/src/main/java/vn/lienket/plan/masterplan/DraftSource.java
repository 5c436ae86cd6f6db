package vn.lienket.plan.masterplan;

import java.util.List;

import vn.lienket.contracts.SectionSnapshot;

/**
 * Where a new plan's first draft comes from: nothing ({@link #EMPTY}), or a copy of an earlier
 * plan's latest published version ({@link CopyOfPlan}), or the sections of a document (.docx, .pdf,
 * .txt, .md) whose import preview is applied ({@link MasterPlanCreation#createImported}): the same
 * creation path, so an imported plan is created under the same rules and audit as any other.
 */
interface DraftSource {

    DraftSource EMPTY = () -> new Draft(List.of(), "an empty draft");

    /** The sections of the first draft, and how they came to be, for the plan's audit trail. */
    Draft draft();

    record Draft(List<SectionSnapshot> sections, String origin) {
    }
}
