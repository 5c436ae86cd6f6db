package vn.lienket.plan.masterplan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new plan in a programme: its header, its reporting deadlines, and where its first draft comes
 * from: empty (no {@code copyOf}), or a copy of the latest published version of an earlier plan of
 * the same programme ({@code copyOf}: its id), its activities renumbered so that each section's are
 * numbered 1, 2, 3… without gaps (unless {@code renumber} is false: then they keep their numbers).
 */
record CreatePlanRequest(
        @NotBlank @Pattern(regexp = HeaderRequest.NUMBER, message = "must be a plan number such as 120/KH-UBND") String number,
        @NotBlank @Size(max = 1000) String title,
        @NotBlank @Size(max = 500) String issuer,
        @NotNull LocalDate issuedOn,
        @Size(max = 30) List<@NotBlank @Size(max = 1000) String> legalBases,
        @Size(max = 4000) String funding,
        @NotNull @Valid HeaderRequest.Period period,
        @Size(max = 20) List<ReportingDeadlines.@NotNull @Valid Deadline> reportingDeadlines,
        @Size(max = 200) @Pattern(regexp = "[a-z0-9-]+", message = "must be a plan id such as 350-kh-ubnd-2024") String copyOf,
        Boolean renumber) {

    PlanHeader toHeader() {
        return HeaderRequest.header(number, title, issuer, issuedOn, legalBases, funding, period);
    }

    boolean renumbers() {
        return renumber == null || renumber;
    }
}
