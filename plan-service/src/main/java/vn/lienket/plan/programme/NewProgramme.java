package vn.lienket.plan.programme;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * What a platform admin gives to create a programme. The rules (an authority the register holds,
 * no member twice, the lead not a member, a period that ends after it starts) are checked by
 * {@link ProgrammeService}, which the seed calls too.
 *
 * @param id optional: a slug ({@code mekong-2025}); without one it is made from the name
 * @param sectors e.g. {@code ["tourism"]}, or several for a socio-economic agreement
 * @param members authority ids; each is a member from the start of the period
 */
public record NewProgramme(@Size(max = 80) String id,
                           @Size(max = 500) String name,
                           @Size(max = 20) List<String> sectors,
                           @Size(max = 80) String leadAuthority,
                           @Size(max = 100) List<String> members,
                           Period period) {

    /** The programme's period; {@code to} may be left open. */
    public record Period(LocalDate from, LocalDate to) {
    }
}
