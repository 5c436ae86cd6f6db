package vn.lienket.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.support.testing.TestTokens;

/**
 * A browser that reaches only the gateway signs in and out: the identity provider's form, its
 * authorization endpoint, sign-out and discovery are relayed to it as they are (cookies, form
 * bodies, redirects), with the browser's Host, so that the provider's redirects name the gateway;
 * the gateway answers none of them itself and asks no token for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThroughGatewayIT {

    /** What reached the identity provider: "METHOD path?query" to its headers and body. */
    static final Map<String, Map<String, List<String>>> SEEN = new ConcurrentHashMap<>();
    static final Map<String, String> BODIES = new ConcurrentHashMap<>();
    static final HttpServer IDENTITY = identity();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwksUri);
        registry.add("IDENTITY_URI", () -> "http://127.0.0.1:" + IDENTITY.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        IDENTITY.stop(0);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    @Test
    void theAuthorizationRequestIsRelayedAndItsRedirectToTheFormNamesTheGateway() throws Exception {
        HttpResponse<String> authorize = send(at("/oauth2/authorize?response_type=code&client_id=console&scope=openid"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8090%2Flogin%2Foauth2%2Fcode%2Fidentity&state=s1"));

        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(authorize.headers().firstValue("Location")).contains("http://127.0.0.1:" + port + "/login");
        assertThat(SEEN).containsKey("GET /oauth2/authorize?response_type=code&client_id=console&scope=openid"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8090%2Flogin%2Foauth2%2Fcode%2Fidentity&state=s1");
    }

    @Test
    void theSignInFormIsServedWithItsInlineStylesAllowedAndItsCookie() throws Exception {
        HttpResponse<String> form = send(at("/login"));

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<form method=\"post\" action=\"/login\"");
        assertThat(form.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith("JSESSIONID="));
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("style-src 'self' 'unsafe-inline'").contains("frame-ancestors 'none'")
                .doesNotContain("form-action"));
        assertThat(SEEN.get("GET /login").get("Host")).containsExactly("127.0.0.1:" + port);
    }

    @Test
    void theFormsPostGoesOnWithItsCookieAndBodyAndSignOutIsTheProvidersNotTheGateways() throws Exception {
        HttpResponse<String> signIn = send(at("/login").header("Cookie", "JSESSIONID=abc")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=lan&password=secret&_csrf=t1")));
        HttpResponse<String> signOut = send(at("/logout").header("Cookie", "JSESSIONID=abc")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=t2")));
        HttpResponse<String> oidcSignOut = send(at("/connect/logout?id_token_hint=x&post_logout_redirect_uri=y"));

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(BODIES.get("POST /login")).isEqualTo("username=lan&password=secret&_csrf=t1");
        assertThat(SEEN.get("POST /login").get("Cookie")).containsExactly("JSESSIONID=abc");
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location")).contains("http://127.0.0.1:" + port + "/login?logout");
        assertThat(BODIES.get("POST /logout")).isEqualTo("_csrf=t2");
        assertThat(oidcSignOut.statusCode()).isEqualTo(302);
        assertThat(SEEN).containsKey("GET /connect/logout?id_token_hint=x&post_logout_redirect_uri=y");
    }

    @Test
    void theDiscoveryDocumentIsRelayedWithoutAToken() throws Exception {
        HttpResponse<String> discovery = send(at("/.well-known/openid-configuration"));

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("authorization_endpoint");
    }

    @Test
    void aPathBesideThemIsStillTheGatewaysToRefuse() throws Exception {
        HttpResponse<String> other = send(at("/login-elsewhere"));

        assertThat(other.statusCode()).isEqualTo(401);
        assertThat(SEEN.keySet()).noneMatch(k -> k.contains("/login-elsewhere"));
    }

    /** A stand-in for the identity provider's browser pages: a form with a cookie, and redirects built from Host. */
    private static HttpServer identity() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String key = exchange.getRequestMethod() + " " + exchange.getRequestURI();
                SEEN.put(key, Map.copyOf(exchange.getRequestHeaders()));
                byte[] in = exchange.getRequestBody().readAllBytes();
                if (in.length > 0) {
                    BODIES.put(key, new String(in, StandardCharsets.UTF_8));
                }
                String self = "http://" + exchange.getRequestHeaders().getFirst("Host");
                String path = exchange.getRequestURI().getPath();
                int status = 200;
                String body = "";
                if (path.equals("/login") && exchange.getRequestMethod().equals("GET")) {
                    exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
                    exchange.getResponseHeaders().set("Set-Cookie", "JSESSIONID=abc; Path=/; HttpOnly");
                    body = "<style>body{margin:0}</style><form method=\"post\" action=\"/login\" novalidate></form>";
                } else if (path.equals("/.well-known/openid-configuration")) {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    body = "{\"authorization_endpoint\":\"" + self + "/oauth2/authorize\"}";
                } else {
                    status = 302;
                    exchange.getResponseHeaders().set("Location", self + (path.equals("/logout") ? "/login?logout" : "/login"));
                }
                byte[] out = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
                if (out.length > 0) {
                    exchange.getResponseBody().write(out);
                }
                exchange.close();
            });
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
