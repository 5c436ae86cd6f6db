package vn.lienket.plan.authority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import vn.lienket.contracts.AuthorityRef;

/**
 * A provincial-level unit as the register knows it: its platform id (a slug, {@code kien-giang}),
 * official administrative code ({@code 91}), name, kind, the days it is valid (open ends are null)
 * and the department that runs its tourism. The successions recorded in the register
 * ({@link AuthoritySuccession}) are shown on it: a predecessor's {@code validTo} and
 * {@code successions}, a successor's {@code predecessors} and its code, name and seat from the
 * succession's day with the former ones kept in {@code formerCodes}.
 *
 * @param successions what succeeded it (a merger), empty while it stands
 * @param seat where its people's committee sits, when the register knows it (the 2025 successions say)
 * @param predecessors the units it succeeded, empty if none
 * @param formerCodes the code, name and seat it had until a succession gave it new ones, oldest first
 * @param codeConfirmed false when its code could not be checked against the act that gave it; null when
 *                      nothing is known either way (the codes of Decision 124/2004/QĐ-TTg)
 * @param codeNote why the code is not confirmed, and what it agrees with
 */
public record Authority(String id, String code, String name, Kind kind, LocalDate validFrom, LocalDate validTo,
                        String tourismDepartment, List<Succession> successions, String seat,
                        List<Predecessor> predecessors, List<FormerCode> formerCodes, Boolean codeConfirmed,
                        String codeNote) {

    public enum Kind {
        PROVINCE, CENTRAL_CITY
    }

    /** The unit that took this one over from a day, and the act that decided it. */
    public record Succession(String successor, LocalDate effectiveOn, String legalBasis) {
    }

    /** A unit this one succeeded from a day, by the act named, in the succession with this id. */
    public record Predecessor(String authorityId, LocalDate effectiveOn, String legalBasis, String successionId) {
    }

    /** The code, name and seat it had until {@code validTo} (the day a succession gave it new ones). */
    public record FormerCode(String code, String name, String seat, LocalDate validTo) {
    }

    public Authority {
        successions = successions == null ? List.of() : List.copyOf(successions);
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
        formerCodes = formerCodes == null ? List.of() : List.copyOf(formerCodes);
    }

    /** An entry as the register is seeded with: no succession recorded yet. */
    public Authority(String id, String code, String name, Kind kind, LocalDate validFrom, LocalDate validTo,
                     String tourismDepartment, List<Succession> successions) {
        this(id, code, name, kind, validFrom, validTo, tourismDepartment, successions, null, List.of(), List.of(),
                null, null);
    }

    /** Does it exist on this day (validTo is the first day it no longer does)? */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }

    /** Was it succeeded by another unit (a merged unit: a read-only archive from that day)? */
    @JsonIgnore
    public boolean succeeded() {
        return !successions.isEmpty();
    }

    /** The ids of the units it succeeded. */
    @JsonIgnore
    public List<String> predecessorIds() {
        return predecessors.stream().map(Predecessor::authorityId).toList();
    }

    /** Its name now, or one it had: what a search of the register matches. */
    @JsonIgnore
    List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(name);
        formerCodes.stream().map(FormerCode::name).filter(n -> n != null && !names.contains(n)).forEach(names::add);
        return names;
    }

    /** As programme events carry it. */
    public AuthorityRef toRef() {
        return new AuthorityRef(id, code, name, kind.name(), tourismDepartment);
    }

    /** This entry as a predecessor of the succession: valid until its day, succeeded by its successor. */
    Authority succeededBy(AuthoritySuccession succession) {
        List<Succession> all = new ArrayList<>(successions);
        all.add(new Succession(succession.successor(), succession.effectiveOn(), succession.legalBasis()));
        LocalDate until = validTo == null || succession.effectiveOn().isBefore(validTo) ? succession.effectiveOn() : validTo;
        return new Authority(id, code, name, kind, validFrom, until, tourismDepartment, all, seat, predecessors,
                formerCodes, codeConfirmed, codeNote);
    }

    /** This entry as the successor of the succession: its predecessors listed, its new code, name and seat taken. */
    Authority succeeding(AuthoritySuccession succession) {
        List<Predecessor> all = new ArrayList<>(predecessors);
        succession.predecessors().forEach(p -> all.add(new Predecessor(p, succession.effectiveOn(),
                succession.legalBasis(), succession.id())));
        String newCode = succession.code() == null ? code : succession.code();
        String newName = succession.name() == null ? name : succession.name();
        String newSeat = succession.seat() == null ? seat : succession.seat();
        List<FormerCode> former = new ArrayList<>(formerCodes);
        if (!newCode.equals(code) || !newName.equals(name)) {
            former.add(new FormerCode(code, name, seat, succession.effectiveOn()));
        }
        Boolean confirmed = succession.code() == null ? codeConfirmed : succession.codeConfirmed();
        String note = succession.code() == null ? codeNote : succession.codeNote();
        return new Authority(id, newCode, newName, kind, validFrom, validTo, tourismDepartment, successions, newSeat,
                all, former, confirmed, note);
    }
}
