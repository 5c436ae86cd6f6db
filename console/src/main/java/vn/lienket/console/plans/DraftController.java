package vn.lienket.console.plans;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.Gateway;

/**
 * The draft editor: change, add, remove and move activities, each a form carrying the draft's ETag.
 * A refusal re-renders the page with the person's input kept and the reason next to its field; a
 * stale ETag (412) shows what changed in that activity since it was opened, and offers to re-apply.
 */
@Controller
class DraftController {

    private static final String ACTIVITY = "/api/master-plans/{id}/draft/activities/{code}";
    private final Gateway gateway;
    private final DraftPage page;

    DraftController(Gateway gateway, DraftPage page) {
        this.gateway = gateway;
        this.page = page;
    }

    @GetMapping("/plans/{planId}/draft")
    String draft(@PathVariable String planId, Model model) {
        return page.show(planId, model, DraftPage.Outcome.NONE);
    }

    /** Save one activity; also the re-apply after a conflict, which posts the merged edit with the current ETag. */
    @PostMapping("/plans/{planId}/draft/activities/{code}")
    String save(@PathVariable String planId, @PathVariable String code, @ModelAttribute ActivityForm form,
                Model model, RedirectAttributes flash, HttpServletResponse response) {
        Activity mine = form.toActivity(code);
        try {
            gateway.send(HttpMethod.PUT, ACTIVITY, mine.toApi(), form.etag(), planId, code);
            return saved(planId, code, flash, "Đã lưu hoạt động " + code + ".");
        } catch (ApiProblem.Refused refused) {
            return page.refused(planId, model, response, refused.problem(), DraftPage.Outcome.edit(code, form.openedOr(null), mine));
        }
    }

    @PostMapping("/plans/{planId}/draft/activities/{code}/move")
    String move(@PathVariable String planId, @PathVariable String code, @RequestParam String etag,
                @RequestParam(required = false) String opened, @RequestParam String toSection, @RequestParam String newCode,
                Model model, RedirectAttributes flash, HttpServletResponse response) {
        DraftPage.Move move = new DraftPage.Move(toSection.strip(), newCode.strip());
        try {
            gateway.send(HttpMethod.POST, ACTIVITY + "/move", move, etag, planId, code);
            return saved(planId, move.newCode(), flash, "Đã chuyển hoạt động " + code + " thành " + move.newCode() + ".");
        } catch (ApiProblem.Refused refused) {
            return page.refused(planId, model, response, refused.problem(), DraftPage.Outcome.move(code, opened(opened, code), move));
        }
    }

    @PostMapping("/plans/{planId}/draft/activities/{code}/remove")
    String remove(@PathVariable String planId, @PathVariable String code, @RequestParam String etag,
                  @RequestParam(required = false) String opened, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        try {
            gateway.send(HttpMethod.DELETE, ACTIVITY, null, etag, planId, code);
            flash.addFlashAttribute("notice", "Đã bỏ hoạt động " + code + " khỏi dự thảo.");
            return "redirect:/plans/" + planId + "/draft";
        } catch (ApiProblem.Refused refused) {
            return page.refused(planId, model, response, refused.problem(), DraftPage.Outcome.remove(code, opened(opened, code)));
        }
    }

    @PostMapping("/plans/{planId}/draft/sections/{section}/activities")
    String add(@PathVariable String planId, @PathVariable String section, @ModelAttribute ActivityForm form,
               Model model, RedirectAttributes flash, HttpServletResponse response) {
        String code = form.code() == null ? "" : form.code().strip();
        Activity added = form.toActivity(code);
        try {
            gateway.send(HttpMethod.POST, "/api/master-plans/{id}/draft/sections/{section}/activities", added.toApi(),
                    form.etag(), planId, section);
            return saved(planId, code, flash, "Đã thêm hoạt động " + code + ".");
        } catch (ApiProblem.Refused refused) {
            return page.refused(planId, model, response, refused.problem(), DraftPage.Outcome.add(section, added));
        }
    }

    private static String saved(String planId, String code, RedirectAttributes flash, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/plans/" + planId + "/draft#activity-" + code;
    }

    private static Activity opened(String json, String code) {
        return new ActivityForm(null, json, code, null, null, null, null, null, null, null).openedOr(null);
    }
}
