package vn.lienket.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser without a session is sent to the identity provider with a PKCE challenge, and what the
 * console sets in it is out of reach of page scripts. The identity provider itself is not needed
 * for this: the console only builds the request it sends the browser with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "IDENTITY_ISSUER=http://127.0.0.1:19000")
class SignInIT {

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageNeedsAPersonAndSigningInGoesStraightToTheIdentityProvider() throws Exception {
        HttpResponse<String> page = get("/plans/350-kh-ubnd-2024/board");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/identity");
    }

    @Test
    void theAuthorizationRequestCarriesAPkceChallengeAndTheConsolesOwnCallback() throws Exception {
        HttpResponse<String> start = get("/oauth2/authorization/identity");

        String location = start.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("http://127.0.0.1:19000/oauth2/authorize?")
                .contains("client_id=console", "response_type=code", "code_challenge_method=S256", "code_challenge=",
                        "redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/identity")
                .doesNotContain("client_secret");
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndNotTheIdentityProvidersName() throws Exception {
        HttpResponse<String> start = get("/oauth2/authorization/identity");

        String cookie = start.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("LIENKET_CONSOLE="))
                .findFirst().orElseThrow(() -> new AssertionError(start.headers().map()));
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
        assertThat(start.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void pagesMayRunOnlyTheirOwnScriptsAndPostOnlyToTheConsoleAndTheIdentityProvider() throws Exception {
        HttpResponse<String> css = get("/console.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self' http://127.0.0.1:19000")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(get("/console.js").statusCode()).isEqualTo(200);
    }

    @Test
    void healthNeedsNoSignIn() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
