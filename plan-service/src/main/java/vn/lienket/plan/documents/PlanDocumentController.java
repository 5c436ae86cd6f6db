package vn.lienket.plan.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.documents.write.ExportFormat;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.Attachments;

/** A master plan's versions and their changes as the documents officials sign, .pdf or .docx. */
@RestController
@RequestMapping("/api/master-plans/{planId}")
class PlanDocumentController {

    private final PlanExports exports;

    PlanDocumentController(PlanExports exports) {
        this.exports = exports;
    }

    @Operation(summary = "A published version as a document (the lead and the members)",
            description = "In the layout of Decree 30/2020/NĐ-CP, A4, Liberation Serif embedded: the issuing body and the "
                    + "national motto, \"Số: 350/KH-UBND\", place and date, KẾ HOẠCH and the title, the \"Căn cứ …\" "
                    + "paragraphs, the sections and activities, the funding, \"Nơi nhận\" (the programme's members) and the "
                    + "signature block. format pdf (the default) or docx; another is a 400 naming format. Served as an "
                    + "attachment named after the number and version (350-KH-UBND-v3.pdf). 404 for an unknown plan or version.")
    @GetMapping(value = "/versions/{number}/document",
            produces = {MediaType.APPLICATION_PDF_VALUE, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    ResponseEntity<byte[]> version(@PathVariable String planId, @PathVariable int number,
                                   @Parameter(description = "pdf or docx") @RequestParam(defaultValue = "pdf") String format) {
        ExportFormat as = format(format);
        return served(exports.version(planId, number, as, Caller.current()));
    }

    @Operation(summary = "What changed between two versions, as an annex (the lead and the members)",
            description = "A PHỤ LỤC titled \"Những thay đổi của Kế hoạch số … từ phiên bản {from} đến phiên bản {to}\", "
                    + "one paragraph per changed activity in the sentences the alerts use, from the computation "
                    + "GET /api/master-plans/{planId}/changes answers. format pdf (the default) or docx. 400 naming from, "
                    + "to or format; 404 for an unknown plan or version.")
    @GetMapping(value = "/changes/document",
            produces = {MediaType.APPLICATION_PDF_VALUE, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    ResponseEntity<byte[]> changes(@PathVariable String planId, @RequestParam int from, @RequestParam int to,
                                   @Parameter(description = "pdf or docx") @RequestParam(defaultValue = "pdf") String format) {
        if (from < 1) {
            throw ApiException.invalid("from", "a version number is 1 or more, not " + from);
        }
        if (to < 1) {
            throw ApiException.invalid("to", "a version number is 1 or more, not " + to);
        }
        ExportFormat as = format(format);
        return served(exports.changes(planId, from, to, as, Caller.current()));
    }

    private static ExportFormat format(String format) {
        return ExportFormat.named(format).orElseThrow(() -> ApiException.invalid("format",
                "a document is exported as pdf or docx, not '" + format + "'"));
    }

    /** An attachment: an ASCII file name for every client, and the UTF-8 one (RFC 5987) for those that read it. */
    private static ResponseEntity<byte[]> served(PlanExports.Rendered rendered) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        Attachments.disposition(rendered.baseName() + "." + rendered.format().extension()))
                .contentType(MediaType.parseMediaType(rendered.format().mediaType()))
                .contentLength(rendered.content().length)
                .body(rendered.content());
    }

}
