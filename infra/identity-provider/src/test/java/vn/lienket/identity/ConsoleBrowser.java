package vn.lienket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The console's sign-in as a browser goes through it: authorization code with PKCE, the sign-in form, the code exchanged. */
final class ConsoleBrowser {

    static final String CALLBACK = "http://localhost:8090/login/oauth2/code/identity";

    private ConsoleBrowser() {
    }

    /** A person's access token through the whole flow, or a failed assertion. */
    static String token(int port, String login, String password) {
        IdentityClient browser = new IdentityClient(port);
        String verifier = verifier();
        String code = signIn(browser, login, password, challenge(verifier));
        HttpResponse<String> token = exchange(browser, code, verifier);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return IdentityClient.accessToken(token);
    }

    /** The browser's way through: authorization request, sign-in, back to the request, redirected with a code. */
    static String signIn(IdentityClient browser, String login, String password, String challenge) {
        HttpResponse<String> first = browser.get(authorizeUrl(challenge, CALLBACK), "Accept", "text/html");
        assertThat(first.headers().firstValue("Location").orElse("")).endsWith("/login");
        HttpResponse<String> signedIn = login(browser, login, password);
        String back = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(back).as("signed in").doesNotEndWith("/login?error");
        HttpResponse<String> authorized = browser.get(back, "Accept", "text/html");
        String redirect = authorized.headers().firstValue("Location").orElseThrow(() -> new AssertionError(authorized.body()));
        assertThat(redirect).startsWith(CALLBACK).contains("state=s1");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(redirect);
        assertThat(code.find()).as(redirect).isTrue();
        return URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
    }

    /** The sign-in form posted; a wrong password is sent back to {@code /login?error}. */
    static HttpResponse<String> login(IdentityClient browser, String login, String password) {
        String page = browser.get("/login", "Accept", "text/html").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("a CSRF token on the sign-in page").isTrue();
        return browser.postForm("/login", Map.of("username", login, "password", password, "_csrf", csrf.group(1)));
    }

    static boolean refusedAtSignIn(int port, String login, String password) {
        return login(new IdentityClient(port), login, password).headers().firstValue("Location").orElse("")
                .endsWith("/login?error");
    }

    static HttpResponse<String> exchange(IdentityClient browser, String code, String verifier) {
        return browser.postForm("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", CALLBACK, "client_id", "console", "code_verifier", verifier));
    }

    static String authorizeUrl(String challenge, String redirectUri) {
        return "/oauth2/authorize?" + IdentityClient.form(Map.of("response_type", "code", "client_id", "console",
                "scope", "openid", "state", "s1", "redirect_uri", redirectUri,
                "code_challenge", challenge, "code_challenge_method", "S256"));
    }

    static String verifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
