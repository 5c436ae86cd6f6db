package vn.lienket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * People sign in to the console by the authorization code flow with PKCE, as a browser does it:
 * the authorization request, the sign-in form, the redirect with the code, and the code exchanged
 * with its verifier for a token naming the person's tenant and roles.
 */
class ConsoleSignInIT extends IdentityProviderTest {

    static final String CALLBACK = "http://localhost:5173/callback";

    @Test
    void aPlannerSignsInWithPkceAndGetsATokenForHerProvince() throws Exception {
        IdentityClient browser = new IdentityClient(port);
        String verifier = verifier();

        String code = signIn(browser, "minh.tran", "minh.tran-local-password", challenge(verifier));
        HttpResponse<String> token = exchange(browser, code, verifier);

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
        String verifier = verifier();

        String code = signIn(browser, "hoa.le", "hoa.le-local-password", challenge(verifier));
        JsonNode claims = IdentityClient.claims(IdentityClient.accessToken(exchange(browser, code, verifier)));

        assertThat(claims.get("tenant").asString()).isEqualTo("kien-giang");
        assertThat(claims.get("roles").valueStream().map(JsonNode::asString)).containsExactly("viewer");
    }

    @Test
    void aCodeIsWorthNothingWithoutItsVerifier() throws Exception {
        IdentityClient browser = new IdentityClient(port);
        String code = signIn(browser, "minh.tran", "minh.tran-local-password", challenge(verifier()));

        HttpResponse<String> token = exchange(browser, code, verifier());

        assertThat(token.statusCode()).isEqualTo(400);
        assertThat(token.body()).contains("invalid_grant");
    }

    @Test
    void theConsoleMustUsePkce() {
        IdentityClient browser = new IdentityClient(port);
        login(browser, "minh.tran", "minh.tran-local-password");

        HttpResponse<String> authorize = browser.get("/oauth2/authorize?response_type=code&client_id=console&scope=openid"
                + "&state=s1&redirect_uri=" + CALLBACK, "Accept", "text/html");

        String location = authorize.headers().firstValue("Location").orElse("");
        assertThat(location).startsWith(CALLBACK).contains("error=invalid_request").doesNotContain("code=");
    }

    @Test
    void aCodeGoesOnlyToTheConsolesOwnAddress() throws Exception {
        IdentityClient browser = new IdentityClient(port);
        login(browser, "minh.tran", "minh.tran-local-password");

        HttpResponse<String> authorize = browser.get(authorizeUrl(challenge(verifier()), "https://attacker.example/callback"),
                "Accept", "text/html");

        assertThat(authorize.statusCode()).isEqualTo(400);
        assertThat(authorize.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aWrongPasswordIsSentBackToTheSignInPage() {
        IdentityClient browser = new IdentityClient(port);

        HttpResponse<String> login = login(browser, "minh.tran", "hoa.le-local-password");

        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }

    /** The browser's way through: authorization request, sign-in, back to the request, redirected with a code. */
    private String signIn(IdentityClient browser, String login, String password, String challenge) {
        HttpResponse<String> first = browser.get(authorizeUrl(challenge, CALLBACK), "Accept", "text/html");
        assertThat(first.headers().firstValue("Location").orElse("")).endsWith("/login");
        HttpResponse<String> signedIn = login(browser, login, password);
        String back = signedIn.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> authorized = browser.get(back, "Accept", "text/html");
        String redirect = authorized.headers().firstValue("Location").orElseThrow(() -> new AssertionError(authorized.body()));
        assertThat(redirect).startsWith(CALLBACK).contains("state=s1");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(redirect);
        assertThat(code.find()).as(redirect).isTrue();
        return java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> login(IdentityClient browser, String login, String password) {
        String page = browser.get("/login", "Accept", "text/html").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("a CSRF token on the sign-in page").isTrue();
        return browser.postForm("/login", Map.of("username", login, "password", password, "_csrf", csrf.group(1)));
    }

    private HttpResponse<String> exchange(IdentityClient browser, String code, String verifier) {
        return browser.postForm("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", CALLBACK, "client_id", "console", "code_verifier", verifier));
    }

    private static String authorizeUrl(String challenge, String redirectUri) {
        return "/oauth2/authorize?" + IdentityClient.form(Map.of("response_type", "code", "client_id", "console",
                "scope", "openid", "state", "s1", "redirect_uri", redirectUri,
                "code_challenge", challenge, "code_challenge_method", "S256"));
    }

    private static String verifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
