package vn.lienket.plan.masterplan;

import java.util.List;

import vn.lienket.contracts.ActivityChange;
import vn.lienket.contracts.ChangeSentences;

/**
 * What publishing the draft now would tell the members: the net changes from the latest published
 * version ({@code latestVersion}, 0 before any) to the draft, field by field, with the sentence each
 * member's alert carries. No changes after a first version: nothing to publish.
 */
record DraftChanges(String planId, int latestVersion, List<ActivityChange> changes, List<String> summary) {

    static DraftChanges of(String planId, int latestVersion, List<ActivityChange> changes) {
        return new DraftChanges(planId, latestVersion, changes, changes.stream().map(ChangeSentences::of).toList());
    }
}
