package vn.lienket.province.derivedplan;

/** Where an activity stands, as a province reports it. */
public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS, DONE, POSTPONED, CANCELLED
}
