package vn.lienket.province.derivedplan;

/** Where a derived plan stands: CONSOLIDATING while several plans a successor took over are made one. */
public enum DerivedPlanStatus {
    UP_TO_DATE, REVISION_REQUIRED, CONSOLIDATING
}
