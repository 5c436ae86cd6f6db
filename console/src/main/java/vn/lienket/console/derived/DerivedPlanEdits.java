package vn.lienket.console.derived;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.Gateway;

/**
 * The planner's writes on a derived plan, one form each: an activity's local fields, an activity of
 * the province's own, a progress report, a consolidation choice. Each names the ETag the page was
 * read with; a refusal shows the same page with the person's input and the problem next to its form.
 */
@Controller
class DerivedPlanEdits {

    private static final String PLAN = "/api/provinces/{p}/derived-plans/{id}";
    private static final String BACK = "redirect:/provinces/{p}/plans/{planId}";
    private final Gateway gateway;
    private final DerivedPlanPage page;
    private final Words words;

    DerivedPlanEdits(Gateway gateway, DerivedPlanPage page, Words words) {
        this.gateway = gateway;
        this.page = page;
        this.words = words;
    }

    @PostMapping("/provinces/{p}/plans/{planId}/activities/{code}")
    String edit(@PathVariable String p, @PathVariable String planId, @PathVariable String code,
                @RequestParam(required = false) String etag, @ModelAttribute("edit") LocalFieldsForm form, Model model,
                RedirectAttributes flash, HttpServletResponse response) {
        try {
            gateway.send(HttpMethod.PUT, PLAN + "/activities/{code}", form.body(), etag, p, planId, code);
            flash.addFlashAttribute("notice", words.get("member.notice.activity-saved", code));
            return BACK + "#activity-" + code;
        } catch (ApiProblem.Refused refused) {
            DerivedPlanView current = page.read(p, planId);
            model.addAttribute("editing", code);
            if (refused.problem().status() == 412) {
                current.activities().stream().filter(a -> a.code().equals(code)).findFirst().ifPresent(a -> {
                    LocalFieldsForm now = LocalFieldsForm.of(a);
                    model.addAttribute("conflict", new ActivityConflict(code, form.differingFrom(now), now));
                });
            }
            return refused(model, refused.problem(), "activity:" + code, "activity-" + code, current, response);
        }
    }

    @PostMapping("/provinces/{p}/plans/{planId}/activities")
    String add(@PathVariable String p, @PathVariable String planId, @RequestParam(required = false) String etag,
               @ModelAttribute("addForm") LocalActivityForm form, Model model, RedirectAttributes flash,
               HttpServletResponse response) {
        try {
            gateway.send(HttpMethod.POST, PLAN + "/activities", form.body(), etag, p, planId);
            flash.addFlashAttribute("notice", words.get("member.notice.activity-added", form.code()));
            return BACK + "#activity-" + form.code();
        } catch (ApiProblem.Refused refused) {
            return refused(model, refused.problem(), "add", "add-activity", page.read(p, planId), response);
        }
    }

    @PostMapping("/provinces/{p}/plans/{planId}/progress")
    String progress(@PathVariable String p, @PathVariable String planId, @RequestParam(required = false) String etag,
                    @ModelAttribute("progressForm") ProgressForm form, Model model, RedirectAttributes flash,
                    HttpServletResponse response) {
        if (form.activity() == null || form.activity().isBlank()) {
            return refused(model, words.invalid("activity", "member.invalid.choose-activity"), "progress", "report-progress",
                    page.read(p, planId), response);
        }
        try {
            gateway.send(HttpMethod.POST, PLAN + "/activities/{code}/progress", form.body(), etag, p, planId, form.activity());
            flash.addFlashAttribute("notice", words.get("member.notice.progress-reported", form.activity()));
            return BACK + "#progress";
        } catch (ApiProblem.Refused refused) {
            return refused(model, refused.problem(), "progress", "report-progress", page.read(p, planId), response);
        }
    }

    /** {@code keep} an origin's fields, or {@code keep=own} with the successor's own fields. */
    @PostMapping("/provinces/{p}/plans/{planId}/consolidation/{masterCode}")
    String consolidate(@PathVariable String p, @PathVariable String planId, @PathVariable String masterCode,
                       @RequestParam(required = false) String etag, @RequestParam(required = false) String keep,
                       @ModelAttribute("edit") LocalFieldsForm fields, Model model, RedirectAttributes flash,
                       HttpServletResponse response) {
        String target = "consolidation:" + masterCode;
        if (keep == null || keep.isBlank()) {
            return refused(model, words.invalid("keep", "member.invalid.choose-keep"), target, "consolidate-" + masterCode,
                    page.read(p, planId), response);
        }
        Map<String, Object> body = "own".equals(keep) ? Map.of("fields", fields.body()) : Map.of("keep", keep);
        try {
            gateway.send(HttpMethod.PUT, PLAN + "/consolidation/{code}", body, etag, p, planId, masterCode);
            flash.addFlashAttribute("notice", words.get("member.notice.consolidated", masterCode));
            return BACK + "#consolidation";
        } catch (ApiProblem.Refused refused) {
            model.addAttribute("consolidationKeep", keep);
            return refused(model, refused.problem(), target, "consolidate-" + masterCode, page.read(p, planId), response);
        }
    }

    private String refused(Model model, ApiProblem problem, String target, String anchor, DerivedPlanView current,
                           HttpServletResponse response) {
        response.setStatus(problem.status());
        model.addAttribute("problem", problem);
        model.addAttribute("problemFor", target);
        model.addAttribute("problemAnchor", anchor);
        return page.render(model, current);
    }

    /**
     * The activity changed since the person opened the page: the fields where their input and the
     * saved values now differ, and the saved values, so they can re-apply theirs on the new ETag.
     */
    record ActivityConflict(String code, java.util.List<String> fields, LocalFieldsForm current) {
    }
}
