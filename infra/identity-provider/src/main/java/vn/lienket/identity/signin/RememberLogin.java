package vn.lienket.identity.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** A failed sign-in goes back to the form ({@code /login?error}) with the login name kept for it. */
public final class RememberLogin extends SimpleUrlAuthenticationFailureHandler {

    public RememberLogin() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        String login = request.getParameter("username");
        if (login != null && login.length() <= 200) {
            request.getSession().setAttribute(SignInPage.LAST_LOGIN, login);
        }
        super.onAuthenticationFailure(request, response, e);
    }
}
