package vn.lienket.console.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One succession as the list shows it, gathered from the register: each successor lists its
 * predecessors with the succession they came by, so one read of the register gives them all.
 */
record SuccessionRow(String id, String successor, List<String> predecessors, LocalDate effectiveOn, String legalBasis) {

    /** Every succession the register records, the latest first, then by successor. */
    static List<SuccessionRow> of(List<Authority> register) {
        Map<String, SuccessionRow> rows = new LinkedHashMap<>();
        for (Authority successor : register) {
            for (Authority.Predecessor p : successor.predecessors()) {
                String id = p.successionId().isBlank() ? successor.id() + "@" + p.effectiveOn() : p.successionId();
                SuccessionRow row = rows.get(id);
                List<String> predecessors = new ArrayList<>(row == null ? List.of() : row.predecessors());
                predecessors.add(p.authorityId());
                rows.put(id, new SuccessionRow(id, successor.id(), predecessors, p.effectiveOn(), p.legalBasis()));
            }
        }
        return rows.values().stream()
                .sorted(Comparator.comparing(SuccessionRow::effectiveOn, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(SuccessionRow::successor))
                .toList();
    }
}
