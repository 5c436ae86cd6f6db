package vn.lienket.console.derived;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.api.Gateway;

/**
 * Publishing the next derived version: the revision with a decision for each pending change, or
 * the province's own edits. A refusal lands next to the change or activity it names; a plan that
 * changed meanwhile (412) is read again and shown with the person's choices kept.
 */
@Controller
class RevisionController {

    private final Gateway gateway;
    private final DerivedPlanPage page;
    private final Words words;

    RevisionController(Gateway gateway, DerivedPlanPage page, Words words) {
        this.gateway = gateway;
        this.page = page;
        this.words = words;
    }

    /** The changes the plan's lead has published since, and those no longer pending. */
    record RevisionConflict(List<String> added, List<String> gone) {
    }

    @PostMapping("/provinces/{p}/plans/{planId}/versions")
    String publish(@PathVariable String p, @PathVariable String planId, @RequestParam(required = false) String etag,
                   @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes flash,
                   HttpServletResponse response) {
        Resolutions choices = Resolutions.from(form);
        try {
            ApiResponse version = gateway.send(HttpMethod.POST, "/api/provinces/{p}/derived-plans/{id}/versions",
                    choices.body(), etag, p, planId);
            flash.addFlashAttribute("notice", words.get("member.notice.published", version.body().path("number").asInt()));
            return "redirect:/provinces/{p}/plans/{planId}";
        } catch (ApiProblem.Refused refused) {
            ApiProblem problem = refused.problem();
            DerivedPlanView current = page.read(p, planId);
            if (problem.status() == 412) {
                List<String> pending = current.pendingChanges().stream().map(DerivedPlanView.PendingChange::changeId).toList();
                model.addAttribute("choices", choices.keptFor(pending));
                model.addAttribute("revisionConflict", new RevisionConflict(choices.addedIn(pending), choices.goneFrom(pending)));
            } else {
                model.addAttribute("choices", choices);
                model.addAttribute("places", ProblemPlaces.of(problem, choices));
            }
            response.setStatus(problem.status());
            model.addAttribute("problem", problem);
            model.addAttribute("problemFor", "publish");
            model.addAttribute("problemAnchor", "publish-revision");
            return page.render(model, current);
        }
    }
}
