package vn.lienket.console.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.ApiProblem;

/**
 * The records the services could not handle and parked, with their reason; re-drive one, or every
 * parked record of a topic. The outcome is told after the redirect.
 */
@Controller
class DeadLettersController {

    private final ParkedRecords parked;
    private final Words words;

    private final AdminAccess access;

    DeadLettersController(ParkedRecords parked, Words words, AdminAccess access) {
        this.parked = parked;
        this.words = words;
        this.access = access;
    }

    /** {@code status}: PARKED (the default), REDRIVEN, or ALL. */
    @GetMapping("/admin/dead-letters")
    String deadLetters(@RequestParam(required = false) String status, Model model) {
        access.platformAdmin();
        return page(status, null, model);
    }

    @PostMapping("/admin/dead-letters/redrive")
    String redrive(@RequestParam String service, @RequestParam String id, Model model, RedirectAttributes redirect) {
        try {
            JsonNode result = parked.redrive(service, id);
            redirect.addFlashAttribute("notice", words.text("admin.notice.redriven", id,
                    words.outcome(result.path("outcome").asString())));
            return "redirect:/admin/dead-letters";
        } catch (ApiProblem.Refused refused) {
            return page(null, refused.problem(), model);
        }
    }

    @PostMapping("/admin/dead-letters/redrive-topic")
    String redriveTopic(@RequestParam String service, @RequestParam String topic, Model model, RedirectAttributes redirect) {
        try {
            JsonNode result = parked.redriveTopic(service, topic);
            redirect.addFlashAttribute("notice", words.text("admin.notice.redriven-topic", topic, outcomes(result.path("outcomes"))));
            return "redirect:/admin/dead-letters";
        } catch (ApiProblem.Refused refused) {
            return page(null, refused.problem(), model);
        }
    }

    private String outcomes(JsonNode counts) {
        List<String> told = new ArrayList<>();
        for (Map.Entry<String, JsonNode> count : counts.properties()) {
            told.add(words.outcome(count.getKey()) + ": " + count.getValue().asLong());
        }
        return told.isEmpty() ? words.text("admin.redrive.none") : String.join("; ", told);
    }

    private String page(String status, ApiProblem problem, Model model) {
        String wanted = status != null && List.of("PARKED", "REDRIVEN", "ALL").contains(status) ? status : "PARKED";
        model.addAttribute("status", wanted);
        model.addAttribute("services", parked.all("ALL".equals(wanted) ? null : wanted));
        model.addAttribute("problem", problem);
        return "admin/dead-letters";
    }
}
