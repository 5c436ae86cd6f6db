package vn.lienket.support.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.lienket.support.web.ApiException;

/** Who is calling: the client or user, the tenant (authority) it acts for, and its roles. */
public record Caller(String principal, String tenant, Set<String> roles) {

    public static final String TENANT_CLAIM = "tenant";
    public static final String ROLES_CLAIM = "roles";

    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("No authenticated caller");
        }
        return of(token.getToken());
    }

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        return new Caller(jwt.getSubject(), jwt.getClaimAsString(TENANT_CLAIM), roles == null ? Set.of() : Set.copyOf(roles));
    }

    public boolean actsFor(String authority) {
        return tenant != null && tenant.equals(authority);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** 403 unless the caller acts for this authority. */
    public void requireTenant(String authority) {
        if (!actsFor(authority)) {
            throw ApiException.forbidden("A token for " + tenant + " cannot act for " + authority);
        }
    }

    /** 403 unless the caller acts for this authority with this role. */
    public void requireTenantRole(String authority, String role) {
        requireTenant(authority);
        if (!hasRole(role)) {
            throw ApiException.forbidden("This needs the " + role + " role of " + authority);
        }
    }
}
