package vn.lienket.identity.principals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import vn.lienket.access.Roles;
import vn.lienket.support.web.ApiException;

/** The checks of what a request names: ids, tenants, roles. Each failure is a 400 naming the field. */
final class Fields {

    /** Client ids, usernames and tenants: lower-case letters, digits, dots, dashes, underscores. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    /** Roles a client or person may hold. */
    static final Set<String> ROLES = Set.of(Roles.COORDINATOR, Roles.PLANNER, Roles.VIEWER, Roles.AUTHORITY_ADMIN,
            Roles.PLATFORM_ADMIN);
    /** Ids that are not a client's or a person's: the console's client, and the {@code me} of the paths. */
    private static final Set<String> RESERVED = Set.of("console", "me");

    private Fields() {
    }

    static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, field + " is required");
        }
        if (!ID.matcher(value).matches()) {
            throw ApiException.invalid(field, field + " must be 2 to 64 lower-case letters, digits, '.', '-' or '_'");
        }
        if (RESERVED.contains(value)) {
            throw ApiException.invalid(field, value + " is reserved");
        }
        return value;
    }

    static String tenant(String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid("tenant", "tenant is required: the authority the client or person acts for");
        }
        if (!ID.matcher(value).matches()) {
            throw ApiException.invalid("tenant", "tenant must be an authority id such as kien-giang");
        }
        return value;
    }

    static List<String> roles(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw ApiException.invalid("roles", "roles is required: at least one of " + ROLES);
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String role : roles) {
            if (role == null || !ROLES.contains(role)) {
                throw ApiException.invalid("roles", "unknown role " + role + "; roles are " + ROLES);
            }
            distinct.add(role);
        }
        return List.copyOf(distinct);
    }

    static ApiException taken(String field, String id) {
        return conflict(field, id + " is already registered (as a client or a person)");
    }

    /** 409 naming the field whose value clashes with what is stored. */
    static ApiException conflict(String field, String detail) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", detail, field, List.of(Map.of("field", field, "message", detail)));
    }
}
