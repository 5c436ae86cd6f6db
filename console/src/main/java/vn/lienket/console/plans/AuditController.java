package vn.lienket.console.plans;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lienket.console.api.Gateway;

/** The plan's audit trail, newest first, fifty at a time ("Xem thêm" follows the API's next link). */
@Controller
class AuditController {

    static final int PAGE = 50;
    private final Gateway gateway;

    AuditController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/plans/{planId}/audit")
    String audit(@PathVariable String planId, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("planId", planId);
        model.addAttribute("number", gateway.get("/api/master-plans/{id}", planId).body().path("number").asString(planId));
        model.addAttribute("page", Trail.page(gateway, "/api/master-plans/{id}/audit", cursor, PAGE, planId));
        model.addAttribute("continued", cursor != null && !cursor.isBlank());
        return "plans/audit";
    }
}
