package vn.lienket.console.admin;

import java.util.List;
import java.util.Map;

/**
 * A person to create: the login name, the authority they work for (an authority's admin gives
 * none: its own tenant) and their roles.
 */
record PersonForm(String username, String tenant, List<String> roles) {

    PersonForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static PersonForm empty() {
        return new PersonForm(null, null, List.of());
    }

    /** {@code POST /api/identity/people}: {username, tenant?, roles[]}. */
    Map<String, Object> body() {
        return Json.object().put("username", username).put("tenant", tenant).put("roles", roles).map();
    }
}
