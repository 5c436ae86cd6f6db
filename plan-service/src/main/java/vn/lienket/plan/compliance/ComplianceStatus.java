package vn.lienket.plan.compliance;

/** Where a member stands against the latest master version it has been told of. */
public enum ComplianceStatus {
    /** The province has not yet acknowledged any version. */
    PENDING,
    /** Told to revise; the due date has not passed. */
    NOTIFIED,
    /** Based on the required version. */
    REVISED,
    /** Told to revise and the due date has passed. */
    OVERDUE
}
