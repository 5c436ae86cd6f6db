package vn.lienket.console.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.Authorities;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.web.Formats;

/**
 * The map's successions: those the register records, and recording one (a platform admin). A
 * refusal names the field (predecessors[0], effectiveOn…) and is shown next to it; nothing is written then.
 */
@Controller
class SuccessionsController {

    private final Gateway gateway;
    private final Register register;
    private final Words words;
    private final Authorities names;
    private final Formats formats;

    private final AdminAccess access;

    SuccessionsController(Gateway gateway, Register register, Words words, Authorities names, Formats formats, AdminAccess access) {
        this.gateway = gateway;
        this.register = register;
        this.words = words;
        this.names = names;
        this.formats = formats;
        this.access = access;
    }

    @GetMapping("/admin/successions")
    String successions(Model model) {
        access.platformAdmin();
        return page(SuccessionForm.empty(), null, model);
    }

    @PostMapping("/admin/successions")
    String record(@ModelAttribute SuccessionForm form, @RequestParam(required = false) String find, Model model,
                  RedirectAttributes redirect) {
        if (find != null) {
            return page(form, null, model);
        }
        String successor = Json.blankToNull(form.successorId());
        if (successor == null) {
            return page(form, LocalProblem.required("successorId"), model);
        }
        try {
            gateway.send(HttpMethod.POST, "/api/authorities/{id}/successions", Json.bytes(form.body()), null, successor);
            redirect.addFlashAttribute("notice", words.text("admin.notice.succession-recorded", names.name(successor),
                    String.join(", ", form.predecessors().stream().map(names::name).toList()), formats.date(form.effectiveOn())));
            return "redirect:/admin/successions";
        } catch (ApiProblem.Refused refused) {
            return page(form, refused.problem(), model);
        }
    }

    private String page(SuccessionForm form, ApiProblem problem, Model model) {
        List<Authority> all = register.all();
        Set<String> chosen = new HashSet<>(form.predecessors());
        if (form.successorId() != null) {
            chosen.add(form.successorId());
        }
        model.addAttribute("successions", SuccessionRow.of(all));
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("choices", Register.choices(all, Formats.today(), form.q(), chosen));
        return "admin/successions";
    }
}
