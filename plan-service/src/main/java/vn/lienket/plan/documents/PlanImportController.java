package vn.lienket.plan.documents;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.lienket.plan.masterplan.MasterPlanView;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.EntityTags;

/** A lead's plan document read into a preview to review, then applied as a new master plan of the programme. */
@RestController
@RequestMapping("/api/programmes/{programmeId}/plan-imports")
class PlanImportController {

    private final PlanImportService service;

    PlanImportController(PlanImportService service) {
        this.service = service;
    }

    @Operation(summary = "Read a plan document into an import preview (the lead authority's coordinator)",
            description = "Multipart, the document in the part file: .docx, .pdf with a text layer, .txt or .md, its type "
                    + "sniffed from its bytes. Answers 201 with Location and the preview: the header (number, issuer, "
                    + "issuedOn, title, legalBases, citedPlans, periodFrom/periodTo, funding), the sections and their "
                    + "activities, every field as {value, source} (\"paragraph 12\", \"table 1, row 3\"), the blocks not "
                    + "understood (unrecognised), and missing: what applying needs that the document lacks. Nothing but "
                    + "the preview is stored (not the file); previews are removed after 7 days. A document that cannot "
                    + "be used is a problem on the field file, nothing stored: 400 document-malformed, 413 "
                    + "document-too-large or document-zip-bomb, 415 document-unsupported, 422 document-needs-ocr, "
                    + "document-legacy-encoding, document-active-content or document-too-slow.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PlanImport> read(@PathVariable String programmeId,
                                    @RequestPart(value = "file", required = false) MultipartFile file) {
        PlanImport preview = service.read(programmeId, file, Caller.current());
        return ResponseEntity.created(URI.create("/api/programmes/" + programmeId + "/plan-imports/" + preview.id()))
                .body(preview);
    }

    @Operation(summary = "An import preview (the lead authority's coordinator)",
            description = "As the import answered it, with status PREVIEW, or APPLIED with appliedAt, appliedBy and planId.")
    @GetMapping("/{importId}")
    PlanImport get(@PathVariable String programmeId, @PathVariable String importId) {
        return service.get(programmeId, importId);
    }

    @Operation(summary = "Create the master plan an import preview holds (the lead authority's coordinator)",
            description = "The header from the document, each field the optional body gives (number, title, issuer, "
                    + "issuedOn, period {from, to}) replacing the document's; the draft holding its sections and "
                    + "activities. Answers 201 as POST /api/programmes/{programmeId}/master-plans does, with Location "
                    + "and ETag. 422 import-incomplete naming each field the document lacks without a replacement "
                    + "(header.number, header.issuedOn, header.period, header.title, header.issuer, sections); 400 "
                    + "naming a field that fails the rules of a header (header.title) or of a draft "
                    + "(sections[0].activities[2].code); 409 for a number the programme uses that year (number) or a "
                    + "preview applied already (import-applied). Nothing is written when refused.")
    @PostMapping("/{importId}/apply")
    ResponseEntity<MasterPlanView> apply(@PathVariable String programmeId, @PathVariable String importId,
                                         @RequestBody(required = false) ApplyRequest overrides) {
        Versioned<MasterPlanView> plan = service.apply(programmeId, importId, overrides, Caller.current());
        return ResponseEntity.created(URI.create("/api/master-plans/" + plan.value().id()))
                .eTag(EntityTags.of(plan.revision())).body(plan.value());
    }

}
