package vn.lienket.console.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.lienket.console.signin.Person;
import vn.lienket.console.signin.SignedIn;

/** Every page knows who is signed in, to show their name and only what their roles may do. */
@ControllerAdvice
class PageModel {

    private final SignedIn signedIn;

    PageModel(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    /** The path of the page, for the menu to mark where the person is. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("person")
    Person person() {
        return signedIn.present() ? signedIn.person() : null;
    }
}
