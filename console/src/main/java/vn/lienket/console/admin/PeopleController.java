package vn.lienket.console.admin;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.signin.Person;
import vn.lienket.console.signin.SignedIn;
import vn.lienket.console.web.Formats;

/**
 * People who sign in to the console: a platform admin manages anyone's, an authority's admin those
 * of its own tenant (the identity provider decides). A first password goes to the next page only.
 */
@Controller
class PeopleController {

    private final Gateway gateway;
    private final Register register;
    private final Words words;
    private final SignedIn signedIn;

    private final AdminAccess access;

    PeopleController(Gateway gateway, Register register, Words words, SignedIn signedIn, AdminAccess access) {
        this.gateway = gateway;
        this.register = register;
        this.words = words;
        this.signedIn = signedIn;
        this.access = access;
    }

    @GetMapping("/admin/people")
    String people(@RequestParam(required = false) String tenant, Model model) {
        access.anyAdmin();
        return page(Json.blankToNull(tenant), PersonForm.empty(), null, model);
    }

    @PostMapping("/admin/people")
    String create(@ModelAttribute PersonForm form, Model model, RedirectAttributes redirect) {
        Person me = signedIn.person();
        // an authority's admin creates people of its own tenant: the API takes none as the caller's
        PersonForm request = me.platformAdmin() ? form : new PersonForm(form.username(), null, form.roles());
        try {
            ApiResponse created = gateway.send(HttpMethod.POST, "/api/identity/people", Json.bytes(request.body()), null);
            String username = created.body().path("person").path("username").asString();
            redirect.addFlashAttribute("issuedTo", username);
            redirect.addFlashAttribute("initialPassword", created.body().path("initialPassword").asString());
            redirect.addFlashAttribute("notice", words.text("admin.notice.person-created", username));
            return "redirect:/admin/people";
        } catch (ApiProblem.Refused refused) {
            return page(null, form, refused.problem(), model);
        }
    }

    @GetMapping("/admin/people/{username}")
    String person(@PathVariable String username, Model model) {
        access.anyAdmin();
        return one(username, null, null, model);
    }

    /** Replaces the person's roles on the version the page was read at (If-Match); 412 when someone changed them since. */
    @PostMapping("/admin/people/{username}/roles")
    String roles(@PathVariable String username, @RequestParam(required = false) List<String> roles,
                 @RequestParam(required = false) String etag, Model model, RedirectAttributes redirect) {
        List<String> chosen = roles == null ? List.of() : roles;
        try {
            gateway.send(HttpMethod.PUT, "/api/identity/people/{u}/roles", Json.bytes(Json.object().put("roles", chosen).map()),
                    Json.blankToNull(etag), username);
            redirect.addFlashAttribute("notice", words.text("admin.notice.roles-set", username, words.roles(chosen)));
            return "redirect:/admin/people/" + username;
        } catch (ApiProblem.Refused refused) {
            return one(username, chosen, refused.problem(), model);
        }
    }

    @PostMapping("/admin/people/{username}/disable")
    String disable(@PathVariable String username, Model model, RedirectAttributes redirect) {
        try {
            gateway.send(HttpMethod.POST, "/api/identity/people/{u}/disable", null, null, username);
            redirect.addFlashAttribute("notice", words.text("admin.notice.person-disabled", username));
            return "redirect:/admin/people/" + username;
        } catch (ApiProblem.Refused refused) {
            return one(username, null, refused.problem(), model);
        }
    }

    private String page(String tenant, PersonForm form, ApiProblem problem, Model model) {
        Person me = signedIn.person();
        String path = tenant == null ? "/api/identity/people" : "/api/identity/people?tenant={t}";
        List<Account> people = gateway.list(path, tenant == null ? new Object[0] : new Object[] {tenant}).stream()
                .map(Account::person).toList();
        model.addAttribute("people", people);
        model.addAttribute("tenant", tenant);
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("roles", grantable(me));
        model.addAttribute("tenants", me.platformAdmin()
                ? Tenants.choices(Register.choices(register.all(), Formats.today(), null, List.of())) : List.of());
        return "admin/people";
    }

    private String one(String username, List<String> chosen, ApiProblem problem, Model model) {
        ApiResponse read = gateway.get("/api/identity/people/{u}", username);
        Account account = Account.person(read.body());
        model.addAttribute("account", account);
        model.addAttribute("etag", read.etag());
        model.addAttribute("chosen", chosen == null ? account.roles() : chosen);
        model.addAttribute("problem", problem);
        model.addAttribute("roles", grantable(signedIn.person()));
        return "admin/person";
    }

    /** Only a platform admin grants platform-admin (the identity provider refuses it to anyone else). */
    private static List<String> grantable(Person me) {
        return me.platformAdmin() ? Words.ROLES : Words.ROLES.stream().filter(r -> !"platform-admin".equals(r)).toList();
    }
}
