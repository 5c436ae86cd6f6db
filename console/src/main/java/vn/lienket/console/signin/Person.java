package vn.lienket.console.signin;

import java.util.List;

/**
 * The signed-in person as their access token describes them: what pages show and hide follows
 * from it, and the services decide again on every call.
 */
public record Person(String username, String tenant, List<String> roles) {

    public static final String PLATFORM_TENANT = "platform";

    public boolean coordinator() {
        return roles.contains("coordinator");
    }

    public boolean planner() {
        return roles.contains("planner");
    }

    /** Reads, changes nothing: a viewer, or someone with no role that writes plans. */
    public boolean viewer() {
        return !coordinator() && !planner();
    }

    /** Takes part in plans at all (coordinates, plans or reads them); an administrator of people does not. */
    public boolean keepsPlans() {
        return coordinator() || planner() || roles.contains("viewer");
    }

    public boolean platformAdmin() {
        return roles.contains("platform-admin");
    }

    public boolean authorityAdmin() {
        return roles.contains("authority-admin");
    }

    /** May this person write the plans of {@code authority}'s tenant (its own derived plans, units)? */
    public boolean writesFor(String authority) {
        return planner() && tenant.equals(authority);
    }

    /** The roles in the words of the page. */
    public String roleNames() {
        return String.join(", ", roles.stream().map(Person::roleName).toList());
    }

    static String roleName(String role) {
        return switch (role) {
            case "coordinator" -> "Điều phối";
            case "planner" -> "Lập kế hoạch";
            case "viewer" -> "Chỉ xem";
            case "platform-admin" -> "Quản trị nền tảng";
            case "authority-admin" -> "Quản trị đơn vị";
            default -> role;
        };
    }
}
