package vn.lienket.console.plans;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    String plan(@PathVariable String planId, Model model) {
        JsonNode plan = gateway.get("/api/master-plans/{id}", planId).body();
        model.addAttribute("plan", plan);
        model.addAttribute("standing", roles.of(signedIn.person(), plan));
        model.addAttribute("activityCount", plan.path("latestVersion").path("sections").valueStream()
                .mapToInt(s -> s.path("activities").size()).sum());
        return "plans/plan";
    }
}
