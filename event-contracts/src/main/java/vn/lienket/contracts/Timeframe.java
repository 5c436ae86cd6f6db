package vn.lienket.contracts;

import java.time.LocalDate;

/**
 * A timeframe as written in a plan ("Quý IV/2024") and the period it means, as calendar dates in
 * Asia/Ho_Chi_Minh, both ends inclusive. {@code from} is null for "Trước ngày …"; both are null
 * when the text does not parse, and then {@link #flagged()} is true: kept, shown, never guessed.
 */
public record Timeframe(String text, LocalDate from, LocalDate to, boolean tentative) {

    public boolean flagged() {
        return text != null && !text.isBlank() && from == null && to == null;
    }

    /** Whether this period lies within the other; false when either does not parse. */
    public boolean within(Timeframe outer) {
        if (to == null || outer.to == null || flagged() || outer.flagged()) {
            return false;
        }
        boolean startsInside = outer.from == null || (from != null && !from.isBefore(outer.from));
        return startsInside && !to.isAfter(outer.to);
    }
}
