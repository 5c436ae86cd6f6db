package vn.lienket.province.documents;

import java.time.Instant;
import java.util.List;

import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.read.DocumentFormat;
import vn.lienket.province.derivedplan.Deviation;

/**
 * A member's document read against its derived plan, kept for review until it is applied (or
 * removed after a week): the file's name, size, SHA-256 and what it turned out to be, never its
 * bytes; the header and activities as parsed, each activity with its match and its fields traced;
 * the master activities no document activity matched; and the {@code deviations} Conformance finds
 * on the plan as it would be after apply, made on the plan's {@code revision}.
 */
record DerivedPlanImport(
        String id,
        String provinceId,
        String masterPlanId,
        int basedOnVersion,
        long revision,
        String fileName,
        long size,
        String sha256,
        DocumentFormat format,
        String encoding,
        int pages,
        String createdBy,
        Instant createdAt,
        Status status,
        Instant appliedAt,
        String appliedBy,
        ParsedPlan.Header header,
        List<ImportedActivity> activities,
        List<String> unmatchedMaster,
        List<Deviation> deviations,
        List<ParsedPlan.Unrecognised> unrecognised) {

    enum Status {
        PREVIEW, APPLIED
    }

    DerivedPlanImport {
        activities = List.copyOf(activities);
        unmatchedMaster = List.copyOf(unmatchedMaster);
        deviations = List.copyOf(deviations);
        unrecognised = unrecognised == null ? List.of() : List.copyOf(unrecognised);
    }

    /** What the activities write: "13 activities written, 1 added". */
    String counts() {
        long added = activities.stream().filter(a -> a.proposedLocal() != null).count();
        return (activities.size() - added) + " activities written, " + added + " added";
    }
}
