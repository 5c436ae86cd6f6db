package vn.lienket.plan.authority;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * What a platform admin gives to record a succession into the authority the path names. The rules
 * (known authorities, no predecessor twice nor the successor itself, a successor that is not itself
 * merged, a day no earlier than any of their starts, no predecessor succeeded twice) are checked by
 * {@link SuccessionService}, which the seed calls too.
 *
 * @param predecessors the ids of the units it succeeds, at least one
 * @param effectiveOn the first day the successor stands for them
 * @param legalBasis the act that decided it, e.g. Nghị quyết số 202/2025/QH15
 * @param code optional: the successor's administrative code from that day
 * @param name optional: the successor's name from that day
 * @param seat optional: where its people's committee sits from that day
 * @param codeConfirmed optional: false when the code could not be checked against the act that gives it
 * @param codeNote optional: why it is not confirmed, and what it agrees with
 */
public record NewSuccession(@Size(max = 20) List<@Size(max = 80) String> predecessors,
                            LocalDate effectiveOn,
                            @Size(max = 500) String legalBasis,
                            @Size(max = 3) String code,
                            @Size(max = 200) String name,
                            @Size(max = 200) String seat,
                            Boolean codeConfirmed,
                            @Size(max = 500) String codeNote) {

    public NewSuccession(List<String> predecessors, LocalDate effectiveOn, String legalBasis, String code, String name,
                         String seat) {
        this(predecessors, effectiveOn, legalBasis, code, name, seat, null, null);
    }
}
