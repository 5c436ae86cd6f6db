package vn.lienket.console.plans;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.signin.SignedIn;
import vn.lienket.console.web.Formats;

/**
 * Publishing the draft as the next version: a due date for the members' revisions, a summary, and
 * before it the sentences every member will receive (the draft against the latest version). Then the
 * board, where the members' answers arrive.
 */
@Controller
class PublishController {

    private final Gateway gateway;
    private final PlanRoles roles;
    private final SignedIn signedIn;
    private final Formats formats;

    PublishController(Gateway gateway, PlanRoles roles, SignedIn signedIn, Formats formats) {
        this.gateway = gateway;
        this.roles = roles;
        this.signedIn = signedIn;
        this.formats = formats;
    }

    @GetMapping("/plans/{planId}/publish")
    String form(@PathVariable String planId, Model model) {
        return page(planId, Formats.today().plusDays(30).toString(), "", null, model);
    }

    @PostMapping("/plans/{planId}/publish")
    String publish(@PathVariable String planId, @RequestParam(required = false) String revisionDueDate,
                   @RequestParam(required = false) String summary, @RequestParam(required = false) String etag,
                   Model model, RedirectAttributes flash,
                   HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revisionDueDate", revisionDueDate == null || revisionDueDate.isBlank() ? null : revisionDueDate);
        body.put("summary", summary == null || summary.isBlank() ? null : summary.strip());
        try {
            // on the draft the preview was read from: if it changed since, the members would be told
            // what the lead never saw; the API answers 412 and the page shows the new preview
            JsonNode version = gateway.send(HttpMethod.POST, "/api/master-plans/{id}/versions", body,
                    etag == null || etag.isBlank() ? null : etag, planId).body();
            flash.addFlashAttribute("notice", "Đã ban hành phiên bản " + version.path("number").asInt()
                    + ". Các thành viên được thông báo và phải điều chỉnh trước ngày "
                    + formats.date(version.path("revisionDueDate").asString()) + ".");
            return "redirect:/plans/" + planId + "/board";
        } catch (ApiProblem.Refused refused) {
            response.setStatus(refused.problem().status());
            return page(planId, revisionDueDate, summary, DraftRefusals.inWords(refused.problem()), model);
        }
    }

    private String page(String planId, String due, String summary, ApiProblem problem, Model model) {
        // the draft's version first, then its changes: a change between the two makes the publish a 412, never
        // a publication of changes the preview did not show
        ApiResponse read = gateway.get("/api/master-plans/{id}", planId);
        JsonNode plan = read.body();
        PlanRoles.requireEditor(roles.of(signedIn.person(), plan));
        model.addAttribute("etag", read.etag());
        model.addAttribute("planId", planId);
        model.addAttribute("plan", plan);
        JsonNode preview = gateway.get("/api/master-plans/{id}/draft/changes", planId).body();
        model.addAttribute("preview", preview);
        model.addAttribute("nothingToPublish", nothingToPublish(preview));
        model.addAttribute("revisionDueDate", due);
        model.addAttribute("summary", summary);
        model.addAttribute("minDate", Formats.today().toString());
        model.addAttribute("problem", problem);
        return "plans/publish";
    }

    /** A version exists and the draft does not differ from it (the API would answer 409). */
    static boolean nothingToPublish(JsonNode preview) {
        return preview.path("latestVersion").asInt() > 0 && preview.path("changes").isEmpty();
    }
}
