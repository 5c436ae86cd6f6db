package vn.lienket.plan.masterplan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.lienket.support.web.ApiException;

/** A plan's whole header, replaced at once under If-Match; the plan keeps its id. */
record HeaderRequest(
        @NotBlank @Pattern(regexp = NUMBER, message = "must be a plan number such as 120/KH-UBND") String number,
        @NotBlank @Size(max = 1000) String title,
        @NotBlank @Size(max = 500) String issuer,
        @NotNull LocalDate issuedOn,
        @Size(max = 30) List<@NotBlank @Size(max = 1000) String> legalBases,
        @Size(max = 4000) String funding,
        @NotNull @Valid Period period) {

    /** "120/KH-UBND", "61/KH-NHT", "2080/KH-UBND": letters, digits, slashes, dots and dashes. */
    static final String NUMBER = "[\\p{L}\\p{N}][\\p{L}\\p{N}/.\\-]{0,49}";
    /** The longest period a plan may have, in years. */
    static final int MAX_YEARS = 10;

    record Period(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    PlanHeader toHeader() {
        return header(number, title, issuer, issuedOn, legalBases, funding, period);
    }

    /** The header as the plan keeps it; 400 naming {@code period.to} when the period ends before it starts. */
    static PlanHeader header(String number, String title, String issuer, LocalDate issuedOn, List<String> legalBases,
                             String funding, Period period) {
        if (period.to().isBefore(period.from())) {
            throw ApiException.invalid("period.to", "the period ends (" + period.to() + ") before it starts ("
                    + period.from() + ")");
        }
        // a plan runs a year or a term of a few; a yearly deadline falls once in each of its years
        if (period.to().isAfter(period.from().plusYears(MAX_YEARS))) {
            throw ApiException.invalid("period.to", "a plan's period is at most " + MAX_YEARS + " years, not "
                    + period.from() + " to " + period.to());
        }
        if (period.from().getYear() < 1945) {
            throw ApiException.invalid("period.from", "a plan's period starts in 1945 or later, not " + period.from());
        }
        return new PlanHeader(number.strip(), title.strip(), issuer.strip(), issuedOn,
                legalBases == null ? List.of() : legalBases.stream().map(String::strip).toList(),
                funding == null || funding.isBlank() ? null : funding.strip(), new PlanPeriod(period.from(), period.to()));
    }
}
