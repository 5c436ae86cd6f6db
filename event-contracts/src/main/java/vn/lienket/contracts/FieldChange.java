package vn.lienket.contracts;

/** One field of an activity, before and after; {@code null} where the field had or has no value. */
public record FieldChange(String field, String oldValue, String newValue) {
}
