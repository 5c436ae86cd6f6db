package vn.lienket.console.admin;

import java.util.List;
import java.util.Map;

/** A system to register: its client id, the authority it acts for (a tenant) and its roles. */
record ClientForm(String clientId, String tenant, List<String> roles) {

    ClientForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static ClientForm empty() {
        return new ClientForm(null, null, List.of());
    }

    /** {@code POST /api/identity/clients}: {clientId, tenant, roles[]}. */
    Map<String, Object> body() {
        return Json.object().put("clientId", clientId).put("tenant", tenant).put("roles", roles).map();
    }
}
