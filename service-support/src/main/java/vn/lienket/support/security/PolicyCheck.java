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
import vn.lienket.access.ArchivedWrite;
import vn.lienket.access.Archives;
import vn.lienket.access.Policy;
import vn.lienket.access.Relation;

/**
 * Every request against the service's {@link Policy}: the route it is for decides who may pass,
 * with the caller's relation to the resource asked of {@link ResourceRelations} only when the
 * route's audience needs it. A path no route serves passes with any valid token, so that it is
 * answered as the platform's 404 or 405 problem; {@link PolicyCoverage} makes sure that no
 * controller route lacks a rule. The {@link Archives} (the succession map) refuse any write by an
 * archived authority's token, and any write to an archived authority's path, as the
 * {@code authority-merged} problem; a successor's token reads its archives' paths as their own.
 */
final class PolicyCheck implements AuthorizationManager<RequestAuthorizationContext> {

    private final Policy policy;
    private final ResourceRelations relations;
    private final Archives archives;

    PolicyCheck(Policy policy, ResourceRelations relations, Archives archives) {
        this.policy = policy;
        this.relations = relations;
        this.archives = archives;
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
        Caller caller = Caller.of(token.getToken());
        Optional<ArchivedWrite> archived = match.isEmpty()
                ? ArchivedWrite.of(request.getMethod(), caller.tenant(), null, archives)
                : match.get().archivedWrite(caller.tenant(), archives);
        if (archived.isPresent()) {
            return new Refusal(archived.get().detail(), archived.get());
        }
        if (match.isEmpty()) {
            return new AuthorizationDecision(true);
        }
        Relation[] asked = new Relation[1];
        boolean allowed = match.get().allows(caller.tenant(), caller.roles(), () -> {
            asked[0] = relations.relationOf(caller, match.get(), request);
            return asked[0];
        }, archives);
        return allowed ? new AuthorizationDecision(true) : new Refusal(reason(caller, match.get(), asked[0]), null);
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

    /**
     * A refusal that says why, for the problem response and the denied-requests trail; with the
     * archive when it is a write to or by one (then the problem is {@code authority-merged}).
     */
    static final class Refusal extends AuthorizationDecision {

        private final String reason;
        private final ArchivedWrite archived;

        Refusal(String reason, ArchivedWrite archived) {
            super(false);
            this.reason = reason;
            this.archived = archived;
        }

        String reason() {
            return reason;
        }

        Optional<ArchivedWrite> archived() {
            return Optional.ofNullable(archived);
        }
    }
}
