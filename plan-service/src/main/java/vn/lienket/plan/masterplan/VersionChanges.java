package vn.lienket.plan.masterplan;

import java.util.List;

import vn.lienket.contracts.ActivityChange;
import vn.lienket.contracts.ChangeSentences;

/** What changed from one published version to another, field by field, with a sentence per activity. */
record VersionChanges(String planId, int from, int to, List<ActivityChange> changes, List<String> summary) {

    static VersionChanges of(String planId, int from, int to, List<ActivityChange> changes) {
        return new VersionChanges(planId, from, to, changes, changes.stream().map(ChangeSentences::of).toList());
    }
}
