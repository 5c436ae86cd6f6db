package vn.lienket.console.derived;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.api.Gateway;

/** A province's derived plan (its page, for its planner to work; for the lead and viewers to read) and its trail. */
@Controller
class DerivedPlanController {

    private final DerivedPlanPage page;
    private final Gateway gateway;

    DerivedPlanController(DerivedPlanPage page, Gateway gateway) {
        this.page = page;
        this.gateway = gateway;
    }

    @GetMapping("/provinces/{p}/plans/{planId}")
    String plan(@PathVariable String p, @PathVariable String planId, Model model) {
        return page.render(model, p, planId);
    }

    @GetMapping("/provinces/{p}/plans/{planId}/audit")
    String audit(@PathVariable String p, @PathVariable String planId, @RequestParam(required = false) String cursor,
                 Model model) {
        ApiResponse entries = cursor == null
                ? gateway.get("/api/provinces/{p}/derived-plans/{id}/audit?limit=50", p, planId)
                : gateway.get("/api/provinces/{p}/derived-plans/{id}/audit?limit=50&cursor={c}", p, planId, cursor);
        model.addAttribute("plan", page.read(p, planId));
        model.addAttribute("entries", entries.body().valueStream().toList());
        model.addAttribute("nextCursor", entries.nextCursor());
        return "derived/audit";
    }
}
