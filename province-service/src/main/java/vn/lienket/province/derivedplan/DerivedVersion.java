package vn.lienket.province.derivedplan;

import java.time.Instant;
import java.util.List;

/** An immutable published version of a derived plan: what it was based on, how each change was resolved, its activities. */
public record DerivedVersion(
        int number,
        int basedOnVersion,
        Instant publishedAt,
        String publishedBy,
        List<Resolution> resolutions,
        List<DerivedActivity> activities) {
}
