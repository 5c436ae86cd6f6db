package vn.lienket.identity.principals;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Access tokens carry the tenant the caller acts for, its roles and the platform's audience, as
 * the store has them when the token is issued. A principal disabled meanwhile gets no token.
 */
public final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    /** The audience every service and the gateway require: a token minted for something else is refused. */
    public static final String AUDIENCE = "lienket";

    private final PrincipalStore store;

    TokenClaims(PrincipalStore store) {
        this.store = store;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        boolean person = AuthorizationGrantType.AUTHORIZATION_CODE.equals(context.getAuthorizationGrantType());
        String subject = person ? context.getPrincipal().getName() : context.getRegisteredClient().getClientId();
        Principal principal = store.find(subject, person ? Principal.Kind.PERSON : Principal.Kind.CLIENT)
                .map(v -> v.value()).filter(p -> !p.disabled())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                        person ? OAuth2ErrorCodes.INVALID_GRANT : OAuth2ErrorCodes.INVALID_CLIENT,
                        subject + " is unknown or disabled", null)));
        context.getClaims().claim("tenant", principal.tenant()).claim("roles", principal.roles())
                .audience(List.of(AUDIENCE));
    }
}
