package vn.lienket.console.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lienket.console.signin.Person;

/** /admin: what the platform admin (or an authority's admin) looks after, at a glance. */
@Controller
class AdminController {

    private final Overview overview;
    private final AdminAccess access;

    AdminController(Overview overview, AdminAccess access) {
        this.overview = overview;
        this.access = access;
    }

    @GetMapping("/admin")
    String overview(Model model) {
        Person person = access.anyAdmin();
        model.addAttribute("tiles", overview.tiles(person));
        model.addAttribute("audit", overview.audit());
        return "admin/overview";
    }
}
