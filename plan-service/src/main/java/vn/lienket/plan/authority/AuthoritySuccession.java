package vn.lienket.plan.authority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A succession as the register records it: from {@code effectiveOn} the {@code predecessors} are
 * succeeded by {@code successor}, by the act named in {@code legalBasis}; the successor carries
 * {@code code}, {@code name} and {@code seat} from that day where they are given (null: as before).
 * Its id is {@code an-giang@2025-07-01} ({@link vn.lienket.contracts.AuthoritySucceeded#idOf}). The
 * register's entries are computed from these records, so that recording one is a single write.
 *
 * @param codeConfirmed false when the new code could not be checked against the act that gave it
 * @param codeNote why, and what the code agrees with
 */
public record AuthoritySuccession(String id, String successor, List<String> predecessors, LocalDate effectiveOn,
                                  String legalBasis, String code, String name, String seat, Boolean codeConfirmed,
                                  String codeNote, Instant recordedAt, String recordedBy) {

    public AuthoritySuccession {
        predecessors = List.copyOf(predecessors);
    }

    /** Does this authority take part in it, as successor or predecessor? */
    public boolean concerns(String authorityId) {
        return successor.equals(authorityId) || predecessors.contains(authorityId);
    }
}
