package vn.lienket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * People sign in to the console by the authorization code flow with PKCE, as a browser does it:
 * the authorization request, the sign-in form, the redirect with the code, and the code exchanged
 * with its verifier for a token naming the person's tenant and roles.
 */
class ConsoleSignInIT extends IdentityProviderTest {

    static final String CALLBACK = ConsoleBrowser.CALLBACK;

    @Test
    void aPlannerSignsInWithPkceAndGetsATokenForHerProvince() throws Exception {
        IdentityClient browser = new IdentityClient(port);
        String verifier = ConsoleBrowser.verifier();

        String code = ConsoleBrowser.signIn(browser, "minh.tran", "minh.tran-local-password", ConsoleBrowser.challenge(verifier));
        HttpResponse<String> token = ConsoleBrowser.exchange(browser, code, verifier);

        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        JsonNode claims = IdentityClient.claims(IdentityClient.accessToken(token));
        assertThat(claims.get("sub").asString()).isEqualTo("minh.tran");
        assertThat(claims.get("tenant").asString()).isEqualTo("kien-giang");
        assertThat(claims.get("roles").valueStream().map(JsonNode::asString)).containsExactly("planner");
        assertThat(claims.get("aud").toString()).contains("lienket");
    }

    @Test
    void aViewerGetsOnlyTheViewerRole() throws Exception {
        IdentityClient browser = new IdentityClient(port);
        String verifier = ConsoleBrowser.verifier();

        String code = ConsoleBrowser.signIn(browser, "hoa.le", "hoa.le-local-password", ConsoleBrowser.challenge(verifier));
        JsonNode claims = IdentityClient.claims(IdentityClient.accessToken(ConsoleBrowser.exchange(browser, code, verifier)));

        assertThat(claims.get("tenant").asString()).isEqualTo("kien-giang");
        assertThat(claims.get("roles").valueStream().map(JsonNode::asString)).containsExactly("viewer");
    }

    @Test
    void aCodeIsWorthNothingWithoutItsVerifier() throws Exception {
        IdentityClient browser = new IdentityClient(port);
        String code = ConsoleBrowser.signIn(browser, "minh.tran", "minh.tran-local-password", ConsoleBrowser.challenge(ConsoleBrowser.verifier()));

        HttpResponse<String> token = ConsoleBrowser.exchange(browser, code, ConsoleBrowser.verifier());

        assertThat(token.statusCode()).isEqualTo(400);
        assertThat(token.body()).contains("invalid_grant");
    }

    @Test
    void theConsoleMustUsePkce() {
        IdentityClient browser = new IdentityClient(port);
        ConsoleBrowser.login(browser, "minh.tran", "minh.tran-local-password");

        HttpResponse<String> authorize = browser.get("/oauth2/authorize?response_type=code&client_id=console&scope=openid"
                + "&state=s1&redirect_uri=" + CALLBACK, "Accept", "text/html");

        String location = authorize.headers().firstValue("Location").orElse("");
        assertThat(location).startsWith(CALLBACK).contains("error=invalid_request").doesNotContain("code=");
    }

    @Test
    void aCodeGoesOnlyToTheConsolesOwnAddress() throws Exception {
        IdentityClient browser = new IdentityClient(port);
        ConsoleBrowser.login(browser, "minh.tran", "minh.tran-local-password");

        HttpResponse<String> authorize = browser.get(ConsoleBrowser.authorizeUrl(ConsoleBrowser.challenge(ConsoleBrowser.verifier()), "https://attacker.example/callback"),
                "Accept", "text/html");

        assertThat(authorize.statusCode()).isEqualTo(400);
        assertThat(authorize.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aWrongPasswordIsSentBackToTheSignInPage() {
        IdentityClient browser = new IdentityClient(port);

        HttpResponse<String> login = ConsoleBrowser.login(browser, "minh.tran", "hoa.le-local-password");

        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }
}
