package vn.lienket.console.signin;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Signing out of the console also ends the session at the identity provider (OpenID Connect
 * RP-initiated logout), so the next person at a shared computer must give their own password.
 */
final class SignOutAtIdentity implements LogoutSuccessHandler {

    private final String identityUrl;

    SignOutAtIdentity(String identityUrl) {
        this.identityUrl = identityUrl;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String signedOut = ServletUriComponentsBuilder.fromContextPath(request).path("/signed-out").toUriString();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            response.sendRedirect(identityUrl + "/connect/logout?id_token_hint=" + encode(user.getIdToken().getTokenValue())
                    + "&post_logout_redirect_uri=" + encode(signedOut));
        } else {
            response.sendRedirect(signedOut);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
