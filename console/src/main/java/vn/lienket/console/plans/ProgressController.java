package vn.lienket.console.plans;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.Gateway;

/** The progress roll-up per activity, as a chart and as the table of the same figures. */
@Controller
class ProgressController {

    private final Gateway gateway;

    ProgressController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/plans/{planId}/progress")
    String progress(@PathVariable String planId, Model model) {
        JsonNode progress = gateway.get("/api/master-plans/{id}/progress", planId).body();
        // the members a bar is made of: those on the board (the programme's members now)
        int members = gateway.get("/api/master-plans/{id}/compliance", planId).body().path("members").size();
        model.addAttribute("planId", planId);
        model.addAttribute("progress", progress);
        model.addAttribute("chart", ProgressChart.of(progress, members));
        model.addAttribute("statuses", ProgressChart.STATUSES);
        model.addAttribute("reportStatuses", ProgressChart.STATUSES.subList(0, ProgressChart.STATUSES.size() - 1));
        return "plans/progress";
    }
}
