package vn.lienket.province.derivedplan;

public enum DerivedPlanStatus {
    UP_TO_DATE, REVISION_REQUIRED
}
