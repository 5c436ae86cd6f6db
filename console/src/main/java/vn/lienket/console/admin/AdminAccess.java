package vn.lienket.console.admin;

import org.springframework.stereotype.Component;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.signin.Person;
import vn.lienket.console.signin.SignedIn;

/**
 * Which admin pages a person is shown: the platform's (programmes, clients, successions, parked
 * records) to a platform admin; the overview and people also to an authority's admin. Anyone else
 * gets the page a 403 gets. The API still decides every call.
 */
@Component
class AdminAccess {

    private final SignedIn signedIn;

    AdminAccess(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    Person platformAdmin() {
        Person person = signedIn.person();
        if (!person.platformAdmin()) {
            throw new ApiProblem.Refused(ApiProblem.local(403, "forbidden", null, "Trang quản trị dành cho quản trị nền tảng hoặc quản trị của một đơn vị."));
        }
        return person;
    }

    Person anyAdmin() {
        Person person = signedIn.person();
        if (!person.platformAdmin() && !person.authorityAdmin()) {
            throw new ApiProblem.Refused(ApiProblem.local(403, "forbidden", null, "Trang quản trị dành cho quản trị nền tảng hoặc quản trị của một đơn vị."));
        }
        return person;
    }
}
