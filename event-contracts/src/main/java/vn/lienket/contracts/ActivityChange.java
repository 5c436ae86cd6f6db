package vn.lienket.contracts;

import java.util.List;

/** How one activity differs between two versions, field by field. {@code title} is the newest title known. */
public record ActivityChange(String activityCode, ChangeKind kind, String title, List<FieldChange> fields) {

    public ActivityChange {
        fields = List.copyOf(fields);
    }
}
