package vn.lienket.console.plans;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.signin.SignedIn;

/**
 * Builds the draft editor's page: the draft read now, and what became of the person's last form
 * (its refusal next to its fields, or the conflict with what changed since they opened it).
 */
@Component
class DraftPage {

    /** Where an activity goes: a section and its number there (the API's body). */
    record Move(String toSection, String newCode) {
    }

    /**
     * What the person just did and was refused: {@code form} names the form ({@code activity:2.3},
     * {@code move:2.3}, {@code remove:2.3}, {@code add:2}); {@code opened} the activity as they saw it,
     * {@code mine} what they typed, {@code move} where they moved it.
     */
    record Outcome(String form, String code, Activity opened, Activity mine, Move move) {

        static final Outcome NONE = new Outcome(null, null, null, null, null);

        static Outcome edit(String code, Activity opened, Activity mine) {
            return new Outcome("activity:" + code, code, opened, mine, null);
        }

        static Outcome move(String code, Activity opened, Move move) {
            return new Outcome("move:" + code, code, opened, null, move);
        }

        static Outcome remove(String code, Activity opened) {
            return new Outcome("remove:" + code, code, opened, null, null);
        }

        static Outcome add(String section, Activity typed) {
            return new Outcome("add:" + section, typed.code(), null, typed, null);
        }

        public String kind() {
            return form == null ? null : form.substring(0, form.indexOf(':'));
        }
    }

    private final Gateway gateway;
    private final PlanRoles roles;
    private final SignedIn signedIn;

    DraftPage(Gateway gateway, PlanRoles roles, SignedIn signedIn) {
        this.gateway = gateway;
        this.roles = roles;
        this.signedIn = signedIn;
    }

    String show(String planId, Model model, Outcome outcome) {
        ApiResponse read = gateway.get("/api/master-plans/{id}", planId);
        DraftView draft = DraftView.of(read.body());
        model.addAttribute("planId", planId);
        model.addAttribute("plan", read.body());
        model.addAttribute("etag", read.etag());
        model.addAttribute("draft", draft);
        model.addAttribute("standing", roles.of(signedIn.person(), read.body()));
        model.addAttribute("outcome", outcome);
        model.addAttribute("fields", Activity.FIELDS);
        return "plans/draft";
    }

    /**
     * The page after a refused form. A stale ETag on a change, a move or a removal is a conflict:
     * the activity as it is now against what the person opened, and their edit to re-apply on the
     * current ETag. Any other refusal shows its reason next to the field it names, the input kept.
     */
    String refused(String planId, Model model, HttpServletResponse response, ApiProblem problem, Outcome outcome) {
        response.setStatus(problem.status());
        String view = show(planId, model, outcome);
        boolean stale = problem.status() == 412 || problem.status() == 428;
        if (stale && outcome.opened() != null && !"add".equals(outcome.kind())) {
            DraftView now = (DraftView) model.getAttribute("draft");
            model.addAttribute("conflict", DraftConflict.of(outcome.opened(), now.activity(outcome.code()), outcome.mine(),
                    (String) model.getAttribute("etag")));
        } else {
            model.addAttribute("problem", DraftRefusals.atTheForm(problem, outcome));
        }
        return view;
    }
}
