package vn.lienket.contracts;

import java.util.List;

/** A master change a province has still to resolve in its derived plan. */
public record PendingChange(String changeId, String activityCode, ChangeKind kind, String title, List<FieldChange> fields) {

    public PendingChange {
        fields = List.copyOf(fields);
    }
}
