package vn.lienket.plan.documents;

import java.time.Instant;
import java.util.List;

import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.read.DocumentFormat;

/**
 * An import preview, stored as the API shows it: what was read from the file (never the file
 * itself: its name, size and SHA-256 only), the plan parsed from it with every field's source, the
 * blocks not understood, and {@code missing}, what the document lacks that applying needs.
 * {@link #PREVIEW} until applied, then {@link #APPLIED} with the plan it created. Previews are
 * removed seven days after they were made.
 */
record PlanImport(String id, String programmeId, String fileName, long size, String sha256, DocumentFormat format,
                  String encoding, int pages, String status, String createdBy, Instant createdAt, Instant appliedAt,
                  String appliedBy, String planId, ParsedPlan.Header header, List<ParsedPlan.Section> sections,
                  List<ParsedPlan.Unrecognised> unrecognised, List<Missing> missing) {

    static final String PREVIEW = "PREVIEW";
    static final String APPLIED = "APPLIED";

    PlanImport {
        sections = sections == null ? List.of() : List.copyOf(sections);
        unrecognised = unrecognised == null ? List.of() : List.copyOf(unrecognised);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    /** A field applying needs that the document does not give: {@code header.number}, {@code sections}. */
    record Missing(String field, String message) {
    }

    PlanImport applied(Instant at, String by, String plan) {
        return new PlanImport(id, programmeId, fileName, size, sha256, format, encoding, pages, APPLIED, createdBy,
                createdAt, at, by, plan, header, sections, unrecognised, missing);
    }
}
