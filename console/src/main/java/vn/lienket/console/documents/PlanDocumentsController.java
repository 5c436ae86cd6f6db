package vn.lienket.console.documents;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.api.Json;
import vn.lienket.console.derived.Words;

/**
 * A master plan's documents: any version as PDF or Word, the changes between two as an annex; and,
 * for the lead's coordinator, a plan document imported as a new plan of the programme: upload,
 * review the preview, give what it lacks, apply.
 */
@Controller
class PlanDocumentsController {

    private final DocumentPages pages;
    private final Gateway gateway;
    private final Words words;

    PlanDocumentsController(DocumentPages pages, Gateway gateway, Words words) {
        this.pages = pages;
        this.gateway = gateway;
        this.words = words;
    }

    @GetMapping("/plans/{planId}/documents")
    String documents(@PathVariable String planId, Model model) {
        pages.master(model, planId);
        return "documents/plan";
    }

    @GetMapping("/plans/{planId}/documents/versions/{n}")
    ResponseEntity<?> version(@PathVariable String planId, @PathVariable int n, @RequestParam(required = false) String format,
                              HttpServletRequest request, HttpServletResponse response) {
        return pages.download(request, response, page(planId), "/api/master-plans/{id}/versions/{n}/document?format={f}",
                planId, n, Downloads.format(format));
    }

    @GetMapping("/plans/{planId}/documents/changes")
    ResponseEntity<?> changes(@PathVariable String planId, @RequestParam(required = false) Integer from,
                              @RequestParam(required = false) Integer to, @RequestParam(required = false) String format,
                              HttpServletRequest request, HttpServletResponse response) {
        return pages.download(request, response, page(planId),
                "/api/master-plans/{id}/changes/document?from={a}&to={b}&format={f}", planId,
                from == null ? "" : from, to == null ? "" : to, Downloads.format(format));
    }

    @PostMapping("/plans/{planId}/documents/imports")
    String upload(@PathVariable String planId, @RequestParam(value = "file", required = false) MultipartFile file,
                  Model model, HttpServletResponse response) {
        pages.master(model, planId);
        try {
            String id = pages.upload(file, "/api/programmes/{pid}/plan-imports", model.getAttribute("programmeId"));
            return "redirect:/plans/{planId}/documents/imports/" + id;
        } catch (ApiProblem.Refused refused) {
            response.setStatus(refused.problem().status());
            model.addAttribute("problem", refused.problem());
            return "documents/plan";
        }
    }

    @GetMapping("/plans/{planId}/documents/imports/{importId}")
    String review(@PathVariable String planId, @PathVariable String importId, Model model) {
        return review(planId, importId, ApplyForm.EMPTY, model);
    }

    @PostMapping("/plans/{planId}/documents/imports/{importId}/apply")
    String apply(@PathVariable String planId, @PathVariable String importId, @ModelAttribute ApplyForm form, Model model,
                 RedirectAttributes flash, HttpServletResponse response) {
        JsonNode programme = gateway.get("/api/master-plans/{id}", planId).body();
        try {
            JsonNode created = gateway.send(HttpMethod.POST, "/api/programmes/{pid}/plan-imports/{iid}/apply", form.body(),
                    null, Json.text(programme, "programmeId"), importId).body();
            flash.addFlashAttribute("notice", words.get("member.notice.import-applied", Json.text(created, "number")));
            return "redirect:" + UriComponentsBuilder.fromPath("/plans/{id}").buildAndExpand(Json.text(created, "id")).encode().toUriString();
        } catch (ApiProblem.Refused refused) {
            response.setStatus(refused.problem().status());
            model.addAttribute("problem", refused.problem());
            return review(planId, importId, form, model);
        }
    }

    private String review(String planId, String importId, ApplyForm form, Model model) {
        pages.master(model, planId);
        JsonNode preview = gateway.get("/api/programmes/{pid}/plan-imports/{iid}", model.getAttribute("programmeId"), importId).body();
        model.addAttribute("preview", Previews.lead(preview));
        model.addAttribute("form", form);
        return "documents/review";
    }

    private static String page(String planId) {
        return UriComponentsBuilder.fromPath("/plans/{id}/documents").buildAndExpand(planId).encode().toUriString();
    }
}
