package vn.lienket.province.derivedplan;

import java.time.Instant;
import java.util.List;

/**
 * An immutable published version of a derived plan: what it was based on, how each change was
 * resolved, its activities. A version taken over from a predecessor names it ({@code origin}) and
 * the number it had there ({@code originNumber}); null for the province's own.
 */
public record DerivedVersion(
        int number,
        int basedOnVersion,
        Instant publishedAt,
        String publishedBy,
        List<Resolution> resolutions,
        List<DerivedActivity> activities,
        String origin,
        Integer originNumber) {

    public DerivedVersion(int number, int basedOnVersion, Instant publishedAt, String publishedBy,
                          List<Resolution> resolutions, List<DerivedActivity> activities) {
        this(number, basedOnVersion, publishedAt, publishedBy, resolutions, activities, null, null);
    }

    /** Marked as taken over from {@code from} (kept if it already came from elsewhere); null leaves it the province's own. */
    DerivedVersion takenOver(String from) {
        if (from == null || origin != null) {
            return this;
        }
        return new DerivedVersion(number, basedOnVersion, publishedAt, publishedBy, resolutions,
                activities.stream().map(a -> a.from(from)).toList(), from, number);
    }

    /** Numbered again in the plan it joined; the number it had where it was published is kept. */
    DerivedVersion renumbered(int newNumber) {
        return new DerivedVersion(newNumber, basedOnVersion, publishedAt, publishedBy, resolutions, activities, origin,
                originNumber != null ? originNumber : number);
    }
}
