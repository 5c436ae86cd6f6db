package vn.lienket.console.admin;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.web.Formats;

/**
 * The systems that call the API (clients): register one, rotate its secret, disable it. A new
 * secret goes to the next page only (a flash attribute) and is never read again.
 */
@Controller
class ClientsController {

    private final Gateway gateway;
    private final Register register;
    private final Words words;

    private final AdminAccess access;

    ClientsController(Gateway gateway, Register register, Words words, AdminAccess access) {
        this.gateway = gateway;
        this.register = register;
        this.words = words;
        this.access = access;
    }

    @GetMapping("/admin/clients")
    String clients(Model model) {
        access.platformAdmin();
        return page(ClientForm.empty(), null, model);
    }

    @PostMapping("/admin/clients")
    String registerClient(@ModelAttribute ClientForm form, Model model, RedirectAttributes redirect) {
        try {
            ApiResponse issued = gateway.send(HttpMethod.POST, "/api/identity/clients", Json.bytes(form.body()), null);
            issued(issued.body(), redirect, "admin.notice.client-registered");
            return "redirect:/admin/clients";
        } catch (ApiProblem.Refused refused) {
            return page(form, refused.problem(), model);
        }
    }

    @PostMapping("/admin/clients/{clientId}/secret")
    String rotate(@PathVariable String clientId, Model model, RedirectAttributes redirect) {
        try {
            issued(gateway.send(HttpMethod.POST, "/api/identity/clients/{id}/secret", null, null, clientId).body(), redirect,
                    "admin.notice.secret-rotated");
            return "redirect:/admin/clients";
        } catch (ApiProblem.Refused refused) {
            model.addAttribute("actedOn", clientId);
            return page(ClientForm.empty(), refused.problem(), model);
        }
    }

    @PostMapping("/admin/clients/{clientId}/disable")
    String disable(@PathVariable String clientId, Model model, RedirectAttributes redirect) {
        try {
            gateway.send(HttpMethod.POST, "/api/identity/clients/{id}/disable", null, null, clientId);
            redirect.addFlashAttribute("notice", words.text("admin.notice.client-disabled", clientId));
            return "redirect:/admin/clients";
        } catch (ApiProblem.Refused refused) {
            model.addAttribute("actedOn", clientId);
            return page(ClientForm.empty(), refused.problem(), model);
        }
    }

    private void issued(JsonNode issued, RedirectAttributes redirect, String notice) {
        String clientId = issued.path("client").path("clientId").asString();
        redirect.addFlashAttribute("issuedTo", clientId);
        redirect.addFlashAttribute("issuedSecret", issued.path("clientSecret").asString());
        redirect.addFlashAttribute("notice", words.text(notice, clientId));
    }

    private String page(ClientForm form, ApiProblem problem, Model model) {
        List<Account> clients = gateway.list("/api/identity/clients").stream().map(Account::client).toList();
        model.addAttribute("clients", clients);
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        // the register form's fields show a problem of the register form only, not one of a row's action
        model.addAttribute("formProblem", model.containsAttribute("actedOn") ? null : problem);
        model.addAttribute("roles", Words.ROLES);
        model.addAttribute("tenants", Tenants.choices(Register.choices(register.all(), Formats.today(), null, List.of())));
        return "admin/clients";
    }
}
