package vn.lienket.province.derivedplan;

/** How a province resolves a pending change. */
public enum Decision {
    /** Take the master's change. */
    ADOPT,
    /** Keep a local variant; needs a justification. */
    ADAPT,
    /** Remove the activity the master removed. */
    DROP
}
