package vn.lienket.province.derivedplan;

import java.time.Instant;
import java.util.List;

/**
 * One master activity of a plan a successor made of several (its own and its predecessors', or
 * two predecessors'): what each source had set on it ({@code candidates}, by origin), and how the
 * successor settled it: the origin whose fields it kept ({@code chosen}), or none when it wrote its own.
 * Unsettled while {@code fields} is null. Candidates that agree in every field are settled at once.
 */
public record Consolidation(String masterCode, String title, List<Candidate> candidates, String chosen,
                            LocalFields fields, Instant settledAt, String settledBy) {

    /** What one source had set on the activity: {@code origin} is the predecessor, or the successor itself. */
    public record Candidate(String origin, LocalFields fields) {
    }

    public Consolidation {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public boolean settled() {
        return fields != null;
    }

    Consolidation settle(String keep, LocalFields chosen, String by, Instant at) {
        return new Consolidation(masterCode, title, candidates, keep, chosen, at, by);
    }
}
