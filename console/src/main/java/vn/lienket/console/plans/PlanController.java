package vn.lienket.console.plans;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.signin.SignedIn;

/** A master plan: its header, its latest version and status, and the pages the person's role opens. */
@Controller
class PlanController {

    private final Gateway gateway;
    private final PlanRoles roles;
    private final SignedIn signedIn;

    PlanController(Gateway gateway, PlanRoles roles, SignedIn signedIn) {
        this.gateway = gateway;
        this.roles = roles;
        this.signedIn = signedIn;
    }

    @GetMapping("/plans/{planId}")
    String plan(@PathVariable String planId, @RequestParam(required = false) String q, Model model) {
        JsonNode plan = gateway.get("/api/master-plans/{id}", planId).body();
        if (q != null && !q.isBlank()) {
            // the API matches as people type: with or without diacritics, "tp hcm" for "Thành phố Hồ Chí Minh"
            model.addAttribute("q", q.strip());
            model.addAttribute("found", gateway.list("/api/master-plans/{id}/activities?q={q}", planId, q.strip()));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("standing", roles.of(signedIn.person(), plan));
        model.addAttribute("activityCount", plan.path("latestVersion").path("sections").valueStream()
                .mapToInt(s -> s.path("activities").size()).sum());
        return "plans/plan";
    }
}
