package vn.lienket.plan.authority;

import java.time.LocalDate;
import java.util.List;

import vn.lienket.contracts.AuthorityRef;

/**
 * A provincial-level unit as the register knows it: its platform id (a slug, {@code kien-giang}),
 * official administrative code ({@code 91}), name, kind, the days it is valid (open ends are null)
 * and the department that runs its tourism.
 *
 * @param successions what succeeded it (a merger), empty while it stands; filled by the next issue's successions
 */
public record Authority(String id, String code, String name, Kind kind, LocalDate validFrom, LocalDate validTo,
                        String tourismDepartment, List<Succession> successions) {

    public enum Kind {
        PROVINCE, CENTRAL_CITY
    }

    /** The unit that took this one over from a day, and the act that decided it. */
    public record Succession(String successor, LocalDate effectiveOn, String legalBasis) {
    }

    public Authority {
        successions = successions == null ? List.of() : List.copyOf(successions);
    }

    /** Does it exist on this day (validTo is the first day it no longer does)? */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }

    /** As programme events carry it. */
    public AuthorityRef toRef() {
        return new AuthorityRef(id, code, name, kind.name(), tourismDepartment);
    }
}
