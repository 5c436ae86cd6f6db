package vn.lienket.contracts;

/** How an activity differs between two versions of a plan. */
public enum ChangeKind {
    ADDED, REMOVED, CHANGED
}
