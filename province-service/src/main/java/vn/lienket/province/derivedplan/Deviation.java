package vn.lienket.province.derivedplan;

/** Where a derived activity departs from its master activity, and whether the province said why. */
public record Deviation(String activityCode, String field, String masterValue, String localValue, boolean justified) {
}
