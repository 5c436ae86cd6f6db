package vn.lienket.console.plans;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.signin.SignedIn;

/** The plan's published versions, newest first, and any two of them side by side. */
@Controller
class VersionsController {

    private final Gateway gateway;
    private final PlanRoles roles;
    private final SignedIn signedIn;

    VersionsController(Gateway gateway, PlanRoles roles, SignedIn signedIn) {
        this.gateway = gateway;
        this.roles = roles;
        this.signedIn = signedIn;
    }

    @GetMapping("/plans/{planId}/versions")
    String versions(@PathVariable String planId, Model model) {
        JsonNode plan = gateway.get("/api/master-plans/{id}", planId).body();
        int latest = plan.path("latestVersion").path("number").asInt(0);
        List<JsonNode> versions = new ArrayList<>();
        for (int n = latest; n >= 1; n--) {
            versions.add(n == latest ? plan.path("latestVersion") : gateway.get("/api/master-plans/{id}/versions/{n}", planId, n).body());
        }
        show(planId, plan, model);
        model.addAttribute("versions", versions);
        return "plans/versions";
    }

    @GetMapping("/plans/{planId}/diff")
    String diff(@PathVariable String planId, @RequestParam(required = false) Integer from,
                @RequestParam(required = false) Integer to, Model model) {
        JsonNode plan = gateway.get("/api/master-plans/{id}", planId).body();
        int latest = plan.path("latestVersion").path("number").asInt(0);
        int newer = to == null ? latest : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        show(planId, plan, model);
        model.addAttribute("latest", latest);
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        if (latest == 0) {
            return "plans/diff";
        }
        if (older < 1 || older > latest || newer < 1 || newer > latest) {
            model.addAttribute("problem", ApiProblem.local(400, "invalid-input", older < 1 || older > latest ? "from" : "to",
                    "phiên bản từ 1 đến " + latest));
            return "plans/diff";
        }
        JsonNode a = version(plan, planId, older, latest);
        JsonNode b = version(plan, planId, newer, latest);
        model.addAttribute("before", a);
        model.addAttribute("after", b);
        model.addAttribute("diff", VersionDiff.of(a.path("sections"), b.path("sections")));
        return "plans/diff";
    }

    private void show(String planId, JsonNode plan, Model model) {
        PlanRoles.Standing standing = roles.of(signedIn.person(), plan);
        model.addAttribute("planId", planId);
        model.addAttribute("plan", plan);
        model.addAttribute("leads", standing.leads());
        model.addAttribute("edits", standing.edits());
    }

    private JsonNode version(JsonNode plan, String planId, int n, int latest) {
        return n == latest ? plan.path("latestVersion") : gateway.get("/api/master-plans/{id}/versions/{n}", planId, n).body();
    }
}
