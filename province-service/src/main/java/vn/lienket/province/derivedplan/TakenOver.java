package vn.lienket.province.derivedplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A predecessor's derived plan a successor took over ({@code from}), by which succession, effective
 * when, taken when; and each of its local activities whose code the successor's plan already had,
 * with the code it has now ({@code code.<predecessor without hyphens>}, then a number if need be).
 */
public record TakenOver(String from, String successionId, LocalDate effectiveOn, Instant at, List<Renamed> renamed) {

    public record Renamed(String from, String to) {
    }

    public TakenOver {
        renamed = renamed == null ? List.of() : List.copyOf(renamed);
    }
}
