package vn.lienket.console.documents;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.derived.Words;

/**
 * A member's own documents: its published versions as its implementation plan (PDF, Word), and its
 * own plan imported against the master: upload, review each activity's match and the deviations it
 * brings, apply under the plan's ETag.
 */
@Controller
class MemberDocumentsController {

    private static final String IMPORTS = "/api/provinces/{p}/derived-plans/{id}/imports";
    private final DocumentPages pages;
    private final Gateway gateway;
    private final Words words;

    MemberDocumentsController(DocumentPages pages, Gateway gateway, Words words) {
        this.pages = pages;
        this.gateway = gateway;
        this.words = words;
    }

    @GetMapping("/provinces/{p}/plans/{planId}/documents")
    String documents(@PathVariable String p, @PathVariable String planId, Model model) {
        pages.derived(model, p, planId);
        return "documents/member";
    }

    @GetMapping("/provinces/{p}/plans/{planId}/documents/versions/{n}")
    ResponseEntity<?> version(@PathVariable String p, @PathVariable String planId, @PathVariable int n,
                              @RequestParam(required = false) String format, HttpServletRequest request,
                              HttpServletResponse response) {
        return pages.download(request, response, page(p, planId),
                "/api/provinces/{p}/derived-plans/{id}/versions/{n}/document?format={f}", p, planId, n, Downloads.format(format));
    }

    @PostMapping("/provinces/{p}/plans/{planId}/documents/imports")
    String upload(@PathVariable String p, @PathVariable String planId,
                  @RequestParam(value = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response) {
        try {
            String id = pages.upload(file, IMPORTS, p, planId);
            return "redirect:/provinces/{p}/plans/{planId}/documents/imports/" + id;
        } catch (ApiProblem.Refused refused) {
            pages.derived(model, p, planId);
            response.setStatus(refused.problem().status());
            model.addAttribute("problem", refused.problem());
            return "documents/member";
        }
    }

    @GetMapping("/provinces/{p}/plans/{planId}/documents/imports/{importId}")
    String review(@PathVariable String p, @PathVariable String planId, @PathVariable String importId, Model model) {
        pages.derived(model, p, planId);
        model.addAttribute("preview", Previews.member(gateway.get(IMPORTS + "/{iid}", p, planId, importId).body()));
        return "documents/member-review";
    }

    /** Applies under the ETag the review was shown with: the plan changed since (412, import-stale) is explained there. */
    @PostMapping("/provinces/{p}/plans/{planId}/documents/imports/{importId}/apply")
    String apply(@PathVariable String p, @PathVariable String planId, @PathVariable String importId,
                 @RequestParam(required = false) String etag, Model model, RedirectAttributes flash,
                 HttpServletResponse response) {
        try {
            gateway.send(HttpMethod.POST, IMPORTS + "/{iid}/apply", null, etag, p, planId, importId);
            flash.addFlashAttribute("notice", words.get("member.notice.member-import-applied"));
            return "redirect:/provinces/{p}/plans/{planId}";
        } catch (ApiProblem.Refused refused) {
            response.setStatus(refused.problem().status());
            model.addAttribute("problem", refused.problem());
            model.addAttribute("stale", refused.problem().status() == 412 || "import-stale".equals(refused.problem().slug()));
            return review(p, planId, importId, model);
        }
    }

    private static String page(String p, String planId) {
        return UriComponentsBuilder.fromPath("/provinces/{p}/plans/{id}/documents").buildAndExpand(p, planId).encode()
                .toUriString();
    }
}
