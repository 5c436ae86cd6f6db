package vn.lienket.console.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.signin.Person;
import vn.lienket.console.signin.SignedIn;

/** /admin: what the platform admin (or an authority's admin) looks after, at a glance. */
@Controller
class AdminController {

    private final Overview overview;
    private final SignedIn signedIn;

    AdminController(Overview overview, SignedIn signedIn) {
        this.overview = overview;
        this.signedIn = signedIn;
    }

    @GetMapping("/admin")
    String overview(Model model) {
        Person person = signedIn.person();
        if (!person.platformAdmin() && !person.authorityAdmin()) {
            throw new ApiProblem.Refused(LocalProblem.forbidden());
        }
        model.addAttribute("tiles", overview.tiles(person));
        model.addAttribute("audit", overview.audit());
        return "admin/overview";
    }
}
