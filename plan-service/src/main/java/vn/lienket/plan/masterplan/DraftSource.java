package vn.lienket.plan.masterplan;

import java.util.List;

import vn.lienket.contracts.SectionSnapshot;

/**
 * Where a new plan's first draft comes from: nothing ({@link #EMPTY}), or a copy of an earlier
 * plan's latest published version ({@link CopyOfPlan}). The import of a document (.docx, .pdf,
 * .txt), a later issue, is a third source: it will turn an applied import preview into sections
 * and hand them to the same creation path, so an imported plan is created under the same rules
 * and audit as any other. Until then the API has no field for it.
 */
interface DraftSource {

    DraftSource EMPTY = () -> new Draft(List.of(), "an empty draft");

    /** The sections of the first draft, and how they came to be, for the plan's audit trail. */
    Draft draft();

    record Draft(List<SectionSnapshot> sections, String origin) {
    }
}
