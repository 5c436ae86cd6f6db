package vn.lienket.province.documents;


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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.ProgrammeSnapshot;
import vn.lienket.documents.write.ExportFormat;
import vn.lienket.documents.write.PlanWriter;
import vn.lienket.province.derivedplan.DerivedPlan;
import vn.lienket.province.derivedplan.DerivedPlanService;
import vn.lienket.province.derivedplan.DerivedVersion;
import vn.lienket.province.programme.Programmes;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.Attachments;

/** A published derived version as the member's implementation plan, in .pdf or .docx. */
@RestController
class DerivedPlanDocumentController {

    private final DerivedPlanService plans;
    private final Programmes programmes;

    DerivedPlanDocumentController(DerivedPlanService plans, Programmes programmes) {
        this.plans = plans;
        this.programmes = programmes;
    }

    @Operation(summary = "A derived version as the province's implementation plan (whoever may read the plan)",
            description = "In the layout of Decree 30/2020/NĐ-CP, citing the master plan it implements; the "
                    + "province's own fields, its local activities included.",
            responses = @ApiResponse(responseCode = "200", description = "The document, as an attachment",
                    content = {
                            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    schema = @Schema(type = "string", format = "binary"))}))
    @GetMapping("/api/provinces/{provinceId}/derived-plans/{masterPlanId}/versions/{number}/document")
    ResponseEntity<byte[]> document(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                    @PathVariable int number,
                                    @Parameter(description = "pdf (the default) or docx")
                                    @RequestParam(required = false, defaultValue = "pdf") String format) {
        ExportFormat as = ExportFormat.named(format)
                .orElseThrow(() -> ApiException.invalid("format", "format is pdf or docx, not " + format));
        DerivedPlan plan = plans.get(provinceId, masterPlanId, Caller.current()).value();
        DerivedVersion version = plans.version(provinceId, plan, number);
        ProgrammeSnapshot programme = programmes.find(plan.programmeId()).orElse(null);
        byte[] content = PlanWriter.write(DerivedPlanDocument.of(plan, version, nameOf(programme, provinceId),
                nameOf(programme, plan.leadAuthority())), as);
        String base = provinceId + "-" + plan.masterPlanNumber().replaceAll("[/\\s]+", "-") + "-v" + number;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(as.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition(base + "." + as.extension()))
                .body(content);
    }

    /** The register's name of an authority, as the programme carries it; its id when the programme does not. */
    private static String nameOf(ProgrammeSnapshot programme, String authorityId) {
        return programme == null ? authorityId
                : programme.authority(authorityId).map(AuthorityRef::name).orElse(authorityId);
    }

}
