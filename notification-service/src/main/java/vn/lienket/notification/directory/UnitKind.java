package vn.lienket.notification.directory;

/** What a unit is to its authority. */
public enum UnitKind {
    /** The department that leads tourism for the authority: the lead unit of its plans and its alerts' first recipient. */
    TOURISM_UNIT,
    ASSOCIATION,
    PROMOTION_CENTRE,
    NEWSPAPER,
    BROADCASTER,
    /** Another department of the authority (finance, planning and investment, science and technology). */
    DEPARTMENT,
    OTHER
}
