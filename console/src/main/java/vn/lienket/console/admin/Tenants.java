package vn.lienket.console.admin;

import java.util.ArrayList;
import java.util.List;

/** The tenants a client or person may act for: every standing authority, and the platform itself (its admins). */
final class Tenants {

    static final String PLATFORM = "platform";

    private Tenants() {
    }

    record Tenant(String id, String name) {
    }

    static List<Tenant> choices(List<Authority> authorities) {
        List<Tenant> tenants = new ArrayList<>();
        tenants.add(new Tenant(PLATFORM, "Nền tảng (quản trị)"));
        authorities.forEach(a -> tenants.add(new Tenant(a.id(), a.name())));
        return tenants;
    }
}
