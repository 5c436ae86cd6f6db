package vn.lienket.console.programmes;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.Gateway;

/** The programmes the caller's authority leads or is a member of, each with its plans. */
@Controller
class ProgrammesController {

    record ProgrammeWithPlans(JsonNode programme, List<JsonNode> plans) {
    }

    private final Gateway gateway;

    ProgrammesController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/programmes")
    String programmes(Model model) {
        model.addAttribute("programmes", gateway.list("/api/programmes").stream()
                .map(p -> new ProgrammeWithPlans(p, plans(p.path("id").asString()))).toList());
        return "programmes/list";
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable String id, Model model) {
        model.addAttribute("programme", gateway.get("/api/programmes/{id}", id).body());
        model.addAttribute("plans", plans(id));
        return "programmes/one";
    }

    private List<JsonNode> plans(String programme) {
        return gateway.list("/api/master-plans?programme={id}", programme);
    }
}
