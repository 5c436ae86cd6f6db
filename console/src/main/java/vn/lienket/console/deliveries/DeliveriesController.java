package vn.lienket.console.deliveries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.derived.Json;
import vn.lienket.console.derived.Paging;
import vn.lienket.console.derived.Words;
import vn.lienket.console.signin.Person;
import vn.lienket.console.signin.SignedIn;

/**
 * The delivery log: who was alerted about what, by email or SMS, and how it went, filtered by plan,
 * unit and status, a page at a time; one delivery's timeline; and resending a failed one, which
 * only the coordinator of the delivery's programme may do (the service decides again).
 */
@Controller
class DeliveriesController {

    private final Gateway gateway;
    private final SignedIn signedIn;
    private final Words words;

    DeliveriesController(Gateway gateway, SignedIn signedIn, Words words) {
        this.gateway = gateway;
        this.signedIn = signedIn;
        this.words = words;
    }

    @GetMapping("/deliveries")
    String log(@ModelAttribute("filter") DeliveryFilter filter, @RequestParam(required = false) String cursor, Model model,
               HttpServletResponse response) {
        Set<String> coordinated = coordinated();
        model.addAttribute("firstPage", cursor == null || cursor.isBlank());
        model.addAttribute("plans", plans());
        model.addAttribute("units", units());
        model.addAttribute("statuses", DeliveryFilter.STATUSES);
        try {
            if (!filter.unitWellFormed()) {
                throw new ApiProblem.Refused(words.invalid("unit", "deliveries.invalid.unit"));
            }
            ApiResponse page = gateway.get(filter.apiPath(cursor), filter.variables(cursor));
            model.addAttribute("deliveries", page.body().valueStream().map(d -> DeliveryView.of(d, coordinated)).toList());
            String next = Paging.cursor(page.next());
            model.addAttribute("nextHref", next == null ? null : filter.pageHref(next));
        } catch (ApiProblem.Refused refused) {
            // a filter the API refuses (a unit not written authority.unit): said next to it, the log empty
            response.setStatus(refused.problem().status());
            model.addAttribute("problem", refused.problem());
            model.addAttribute("deliveries", List.of());
        }
        return "deliveries/log";
    }

    @GetMapping("/deliveries/{id}")
    String delivery(@PathVariable String id, Model model) {
        model.addAttribute("delivery", DeliveryView.of(gateway.get("/api/notifications/deliveries/{id}", id).body(), coordinated()));
        return "deliveries/one";
    }

    @PostMapping("/deliveries/{id}/resend")
    String resend(@PathVariable String id, Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            gateway.send(HttpMethod.POST, "/api/notifications/deliveries/{id}/resend", null, null, id);
            flash.addFlashAttribute("notice", words.get("deliveries.notice.resent"));
            return "redirect:" + UriComponentsBuilder.fromPath("/deliveries/{id}").buildAndExpand(id).encode().toUriString();
        } catch (ApiProblem.Refused refused) {
            response.setStatus(refused.problem().status());
            model.addAttribute("problem", refused.problem());
            return delivery(id, model);
        }
    }

    /** The programmes whose deliveries this person may resend: those their authority leads, as coordinator. */
    private Set<String> coordinated() {
        Person person = signedIn.person();
        if (!person.coordinator()) {
            return Set.of();
        }
        return gateway.list("/api/programmes").stream()
                .filter(p -> person.tenant().equals(Json.text(p, "leadAuthority")))
                .map(p -> Json.text(p, "id")).collect(Collectors.toSet());
    }

    /** The units of the person's own authority, id → name, for the unit filter and to name them in the log. */
    private Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        try {
            gateway.list("/api/notifications/authorities/{a}/units", signedIn.person().tenant())
                    .forEach(u -> units.put(Json.text(u, "id"), Json.text(u, "name")));
        } catch (ApiProblem.Refused refused) {
            // the directory is a help to the filter, not needed to read the log
        }
        return units;
    }

    /** The plans of the person's programmes, for the plan filter: id → "number · title". */
    private Map<String, String> plans() {
        Map<String, String> plans = new LinkedHashMap<>();
        for (JsonNode programme : gateway.list("/api/programmes")) {
            List<JsonNode> of = gateway.list("/api/master-plans?programme={id}", Json.text(programme, "id"));
            of.forEach(p -> plans.put(Json.text(p, "id"), Json.text(p, "number")));
        }
        return plans;
    }
}
