package vn.lienket.notification.directory;

/** What a unit is to its authority. */
public enum UnitKind {
    /** The department that leads tourism for the authority; the default recipient of its alerts. */
    TOURISM_UNIT,
    ASSOCIATION,
    PROMOTION_CENTRE
}
