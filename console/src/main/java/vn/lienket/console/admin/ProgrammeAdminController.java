package vn.lienket.console.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import vn.lienket.console.api.Authorities;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.web.Formats;

/**
 * Programmes for the platform admin: all of them, a new one, and on one programme its members
 * (join, leave from a day) and archiving. A refusal re-renders the form with what was typed.
 */
@Controller
class ProgrammeAdminController {

    private final Gateway gateway;
    private final Register register;
    private final Words words;
    private final Authorities names;
    private final Formats formats;

    private final AdminAccess access;

    ProgrammeAdminController(Gateway gateway, Register register, Words words, Authorities names, Formats formats, AdminAccess access) {
        this.gateway = gateway;
        this.register = register;
        this.words = words;
        this.names = names;
        this.formats = formats;
        this.access = access;
    }

    @GetMapping("/admin/programmes")
    String list(Model model) {
        access.platformAdmin();
        model.addAttribute("programmes", gateway.list("/api/programmes").stream().map(ProgrammeView::of).toList());
        return "admin/programmes";
    }

    @GetMapping("/admin/programmes/new")
    String newProgramme(Model model) {
        access.platformAdmin();
        return form(ProgrammeForm.empty(), null, model);
    }

    /** Creates it; {@code find} only narrows the pickers to what {@code q} matches, keeping what was typed. */
    @PostMapping("/admin/programmes/new")
    String create(@ModelAttribute ProgrammeForm form, @RequestParam(required = false) String find, Model model,
                  RedirectAttributes redirect) {
        if (find != null) {
            return form(form, null, model);
        }
        try {
            ApiResponse created = gateway.send(HttpMethod.POST, "/api/programmes", form.body(), null);
            String id = created.body().path("id").asString();
            redirect.addFlashAttribute("notice", words.text("admin.notice.programme-created", created.body().path("name").asString()));
            return "redirect:/admin/programmes/" + id;
        } catch (ApiProblem.Refused refused) {
            return form(form, refused.problem(), model);
        }
    }

    @GetMapping("/admin/programmes/{id}")
    String programme(@PathVariable String id, @RequestParam(required = false) String q, Model model) {
        access.platformAdmin();
        return one(id, new MemberForm(null, null, q), null, null, null, model);
    }

    @PostMapping("/admin/programmes/{id}/members")
    String join(@PathVariable String id, @ModelAttribute MemberForm member, @RequestParam(required = false) String etag,
                @RequestParam(required = false) String find, Model model, RedirectAttributes redirect) {
        if (find != null) {
            return one(id, member, null, null, null, model);
        }
        try {
            gateway.send(HttpMethod.POST, "/api/programmes/{id}/members", member.body(), Json.blankToNull(etag), id);
            redirect.addFlashAttribute("notice", words.text("admin.notice.member-joined", name(member.authorityId())));
            return "redirect:/admin/programmes/" + id;
        } catch (ApiProblem.Refused refused) {
            return one(id, member, refused.problem(), null, null, model);
        }
    }

    @PostMapping("/admin/programmes/{id}/members/{authority}/leave")
    String leave(@PathVariable String id, @PathVariable String authority, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String etag, Model model, RedirectAttributes redirect) {
        try {
            String left = Json.blankToNull(from);
            if (left == null) {
                gateway.send(HttpMethod.DELETE, "/api/programmes/{id}/members/{a}", null, Json.blankToNull(etag), id, authority);
            } else {
                gateway.send(HttpMethod.DELETE, "/api/programmes/{id}/members/{a}?from={from}", null, Json.blankToNull(etag),
                        id, authority, left);
            }
            redirect.addFlashAttribute("notice", words.text("admin.notice.member-left", name(authority),
                    left == null ? words.text("admin.today") : formats.date(left)));
            return "redirect:/admin/programmes/" + id;
        } catch (ApiProblem.Refused refused) {
            return one(id, new MemberForm(null, null, null), refused.problem(), authority, from, model);
        }
    }

    @PostMapping("/admin/programmes/{id}/archive")
    String archive(@PathVariable String id, @RequestParam(required = false) String etag, Model model,
                   RedirectAttributes redirect) {
        try {
            gateway.send(HttpMethod.POST, "/api/programmes/{id}/archive", null, Json.blankToNull(etag), id);
            redirect.addFlashAttribute("notice", words.text("admin.notice.programme-archived"));
            return "redirect:/admin/programmes/" + id;
        } catch (ApiProblem.Refused refused) {
            return one(id, new MemberForm(null, null, null), refused.problem(), null, null, model);
        }
    }

    private String form(ProgrammeForm form, ApiProblem problem, Model model) {
        List<Authority> all = register.all();
        Set<String> chosen = new java.util.HashSet<>(form.members());
        if (form.leadAuthority() != null) {
            chosen.add(form.leadAuthority());
        }
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("choices", Register.choices(all, Formats.today(), form.q(), chosen));
        return "admin/programme-new";
    }

    private String one(String id, MemberForm member, ApiProblem problem, String leaving, String leavingFrom, Model model) {
        // a platform admin lists every programme but reads none by itself (GET …/{id} is for its lead and members);
        // its changes take If-Match optionally, so they are made on the latest revision
        ProgrammeView programme = gateway.list("/api/programmes").stream().map(ProgrammeView::of)
                .filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new ApiProblem.Refused(ApiProblem.local(404, "not-found", null, "Không có chương trình " + id)));
        Set<String> current = programme.memberships().stream().filter(ProgrammeView.Membership::current)
                .map(ProgrammeView.Membership::authorityId).collect(Collectors.toSet());
        current.add(programme.leadAuthority());
        List<Authority> all = register.all();
        List<Authority> candidates = Register.choices(all, Formats.today(), member.q(),
                member.authorityId() == null ? Set.of() : Set.of(member.authorityId())).stream()
                .filter(a -> !current.contains(a.id())).toList();
        model.addAttribute("programme", programme);
        model.addAttribute("etag", null);
        model.addAttribute("member", member);
        model.addAttribute("candidates", candidates);
        model.addAttribute("problem", problem);
        model.addAttribute("leaving", leaving);
        model.addAttribute("leavingFrom", leavingFrom);
        return "admin/programme";
    }

    private String name(String authority) {
        return names.name(authority);
    }

    /** A member to add: the authority and the day it joins (today when left empty). */
    record MemberForm(String authorityId, String joinedOn, String q) {

        Map<String, Object> body() {
            return Json.object().put("authorityId", authorityId).put("joinedOn", joinedOn).map();
        }
    }
}
