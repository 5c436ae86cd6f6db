package vn.lienket.plan.documents;

import java.time.LocalDate;

/**
 * What applying an import may set over the document's header: the fields it lacks or got wrong.
 * Each given field replaces the document's; the result is checked as a new plan's header is.
 */
record ApplyRequest(String number, String title, String issuer, LocalDate issuedOn, Period period) {

    static final ApplyRequest NONE = new ApplyRequest(null, null, null, null, null);

    record Period(LocalDate from, LocalDate to) {
    }
}
