package vn.lienket.plan.compliance;

/** Where a member stands against the latest published master version. */
public enum ComplianceStatus {
    /**
     * Not yet told of the latest version: its province-service has not (yet) reported the notice,
     * e.g. while a store or the broker was away. The board shows the version it was last told of.
     */
    PENDING,
    /** Told to revise; the due date has not passed. */
    NOTIFIED,
    /** Based on the required version. */
    REVISED,
    /** Told to revise and the due date has passed. */
    OVERDUE
}
