package vn.lienket.documents.match;

import java.util.List;

import vn.lienket.documents.parse.ParsedPlan;

/**
 * Matches each activity of a document to at most one master activity, and each master activity to
 * at most one document activity: first where code and title agree, then the best title left above
 * a threshold. Returns one {@link Match} per document activity, in the document's order.
 */
public final class ActivityMatcher {

    private ActivityMatcher() {
    }

    public static List<Match> match(List<ParsedPlan.Activity> document, List<MasterActivity> master) {
        throw new UnsupportedOperationException("not built yet");
    }
}
