package vn.lienket.support.security;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import vn.lienket.access.Policy;
import vn.lienket.access.Relation;

/**
 * Every request against the service's {@link Policy}: the route it is for decides who may pass,
 * with the caller's relation to the resource asked of {@link ResourceRelations} only when the
 * route's audience needs it. A path no route serves passes with any valid token, so that it is
 * answered as the platform's 404 or 405 problem; {@link PolicyCoverage} makes sure that no
 * controller route lacks a rule.
 */
final class PolicyCheck implements AuthorizationManager<RequestAuthorizationContext> {

    private final Policy policy;
    private final ResourceRelations relations;

    PolicyCheck(Policy policy, ResourceRelations relations) {
        this.policy = policy;
        this.relations = relations;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        if (!(authentication.get() instanceof JwtAuthenticationToken token)) {
            return new AuthorizationDecision(false);
        }
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Policy.Match> match = policy.match(request.getMethod(), path);
        if (match.isEmpty()) {
            return new AuthorizationDecision(true);
        }
        Caller caller = Caller.of(token.getToken());
        Relation[] asked = new Relation[1];
        boolean allowed = match.get().allows(caller.tenant(), caller.roles(), () -> {
            asked[0] = relations.relationOf(caller, match.get(), request);
            return asked[0];
        });
        return allowed ? new AuthorizationDecision(true) : new Refusal(reason(caller, match.get(), asked[0]));
    }

    private static String reason(Caller caller, Policy.Match match, Relation relation) {
        StringBuilder reason = new StringBuilder(match.route().method()).append(' ').append(match.route().pattern())
                .append(" is for ").append(match.route().audience()).append("; a token for ").append(caller.tenant())
                .append(" with roles ").append(caller.roles());
        if (relation != null) {
            reason.append(" is ").append(relation).append(" to ").append(match.variables());
        } else if (!match.variables().isEmpty()) {
            reason.append(" asked for ").append(match.variables());
        }
        return reason.toString();
    }

    /** A refusal that says why, for the problem response and the denied-requests trail. */
    static final class Refusal extends AuthorizationDecision {

        private final String reason;

        Refusal(String reason) {
            super(false);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
