package vn.lienket.province.documents;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.lienket.province.derivedplan.DerivedPlan;
import vn.lienket.province.derivedplan.DerivedPlanView;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.EntityTags;

/**
 * A member's own plan uploaded as a document (.docx, .pdf with text, .txt, .md): a preview to
 * review, then applied with the derived plan's ETag in If-Match, once.
 */
@RestController
@RequestMapping("/api/provinces/{provinceId}/derived-plans/{masterPlanId}/imports")
class DerivedPlanImportController {

    private final DerivedPlanImportService imports;

    DerivedPlanImportController(DerivedPlanImportService imports) {
        this.imports = imports;
    }

    @Operation(summary = "Read the province's own plan from a document into a preview (the province's planner)",
            description = "Each activity is matched to a master activity by its code, else by its title; its fields "
                    + "are traced to the paragraph, line or cell they came from; unmatched ones are proposed as local "
                    + "activities; the deviations are those the plan would show once applied. The file's type is "
                    + "sniffed; a file that cannot be read is a problem naming file, and nothing is stored.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "The preview; Location names it"),
                    @ApiResponse(responseCode = "413", description = "The file is too large (document-too-large)",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "415", description = "Not a .docx, .pdf, .txt or .md (document-unsupported)",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "422", description = "Well formed but unusable: a scan that needs OCR, "
                            + "a legacy encoding, active content, too slow to read",
                            content = @Content(mediaType = "application/problem+json"))})
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DerivedPlanImport> upload(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                             @Parameter(description = "The plan document",
                                                     schema = @Schema(type = "string", format = "binary"))
                                             @RequestPart(name = "file", required = false) MultipartFile file) {
        DerivedPlanImport preview = imports.prepare(provinceId, masterPlanId, file, Caller.current());
        return ResponseEntity.created(URI.create("/api/provinces/" + provinceId + "/derived-plans/" + masterPlanId
                + "/imports/" + preview.id())).body(preview);
    }

    @Operation(summary = "An import preview (whoever may read the plan)")
    @GetMapping("/{importId}")
    DerivedPlanImport get(@PathVariable String provinceId, @PathVariable String masterPlanId,
                          @PathVariable String importId) {
        return imports.get(provinceId, masterPlanId, importId, Caller.current());
    }

    @Operation(summary = "Apply a preview to the derived plan (the province's planner, If-Match the plan's ETag)",
            description = "Writes each matched activity's fields (a field the document lacks keeps its value) and "
                    + "adds the unmatched ones as local activities, in one write with one audit entry, as if typed in. "
                    + "A preview is applied once: again is 409.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The plan as it now stands, with its new ETag"),
                    @ApiResponse(responseCode = "409", description = "Applied already, or the plan is closed",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "422", description = "A field no planner could type in either",
                            content = @Content(mediaType = "application/problem+json"))})
    @PostMapping("/{importId}/apply")
    ResponseEntity<DerivedPlanView.Detail> apply(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                                 @PathVariable String importId,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Versioned<DerivedPlan> plan = imports.apply(provinceId, masterPlanId, importId, ifMatch, Caller.current());
        return ResponseEntity.ok().eTag(EntityTags.of(plan.revision())).body(DerivedPlanView.Detail.of(plan.value()));
    }
}
