package vn.lienket.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.support.testing.Multipart;
import vn.lienket.support.testing.RawClient;
import vn.lienket.support.testing.TestPorts;
import vn.lienket.support.testing.TestTokens;

/**
 * The gateway in front of a backend that records what reaches it: request ids and traces go on,
 * tokens are relayed, limits answer 413 and 429, a backend that is down or too slow is a 503
 * problem in bounded time, CORS admits only the console, and security headers are set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayEdgeIT {

    static final Map<String, Map<String, List<String>>> SEEN = new ConcurrentHashMap<>();
    static final HttpServer BACKEND = backend();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        String backend = "http://127.0.0.1:" + BACKEND.getAddress().getPort();
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwksUri);
        registry.add("PLAN_SERVICE_URI", () -> backend);
        registry.add("PROVINCE_SERVICE_URI", () -> backend);
        registry.add("NOTIFICATION_SERVICE_URI", () -> "http://127.0.0.1:" + TestPorts.free());
        registry.add("lienket.gateway.max-body-size", () -> "2KB");
        registry.add("lienket.gateway.max-upload-size", () -> "8KB");
        // one a second: twelve requests refill at most a token a second, however slowly the machine runs them
        registry.add("lienket.gateway.requests-per-second", () -> "1");
        registry.add("lienket.gateway.burst", () -> "5");
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
    }

    @AfterAll
    static void stop() {
        BACKEND.stop(0);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder get(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token);
    }

    @Test
    void aRequestIdAndATraceGoOnToTheBackendWithTheTokenAndComeBack() throws Exception {
        String token = TestTokens.token("kien-giang", "planner");
        HttpResponse<String> fresh = send(get("/api/provinces/kien-giang/derived-plans", token));
        HttpResponse<String> given = send(get("/api/provinces/kien-giang/derived-plans?again", token)
                .header("X-Request-Id", "console-1234-abcd")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        assertThat(fresh.statusCode()).isEqualTo(200);
        String generated = fresh.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(generated).matches("[0-9a-f-]{36}");
        Map<String, List<String>> first = SEEN.get("/api/provinces/kien-giang/derived-plans");
        assertThat(first.get("X-request-id")).containsExactly(generated);
        assertThat(first.get("Traceparent").get(0)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(first.get("Authorization")).containsExactly("Bearer " + token);
        assertThat(given.headers().firstValue("X-Request-Id")).contains("console-1234-abcd");
        Map<String, List<String>> second = SEEN.get("/api/provinces/kien-giang/derived-plans?again");
        assertThat(second.get("Traceparent")).containsExactly("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Test
    void anOperatorReachesEachServicesParkedRecordsAndNobodyElseDoes() throws Exception {
        String admin = TestTokens.token("platform", "platform-admin");
        HttpResponse<String> operator = send(get("/api/operations/province-service/dead-letters?status=PARKED", admin));
        HttpResponse<String> coordinator = send(get("/api/operations/plan-service/dead-letters",
                TestTokens.token("ho-chi-minh-city", "coordinator")));

        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(SEEN).containsKey("/api/operations/dead-letters?status=PARKED");
        assertThat(coordinator.statusCode()).isEqualTo(403);
        assertThat(coordinator.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(SEEN).doesNotContainKey("/api/operations/dead-letters");
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItReachesTheBackend() throws Exception {
        String big = "{\"note\":\"" + "ạ".repeat(1500) + "\"}";
        HttpResponse<String> response = send(get("/api/provinces/ca-mau/derived-plans/x/activities", TestTokens.token("ca-mau", "planner"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(big)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(SEEN).doesNotContainKey("/api/provinces/ca-mau/derived-plans/x/activities");
    }

    @Test
    void aPostWithoutABodyGoesOnAsOneOfLengthZeroNotChunked() throws Exception {
        // as curl -X POST without -d sends it: neither Content-Length nor Transfer-Encoding
        String path = "/api/provinces/ca-mau/derived-plans/z/imports/1/apply";
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + TestTokens.token("ca-mau", "planner") + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 200");
        }

        Map<String, List<String>> relayed = SEEN.get(path);
        assertThat(relayed.get("Content-length")).containsExactly("0");
        assertThat(relayed).doesNotContainKey("Transfer-encoding");
    }

    @Test
    void anUploadMayBeLargerThanAJsonBodyUpToItsOwnLimit() throws Exception {
        String token = TestTokens.token("ca-mau", "planner");
        HttpResponse<String> within = send(upload("/api/provinces/ca-mau/derived-plans/u/imports", token, 5 * 1024));
        HttpResponse<String> over = send(upload("/api/provinces/ca-mau/derived-plans/v/imports", token, 9 * 1024));

        assertThat(SEEN).containsKey("/api/provinces/ca-mau/derived-plans/u/imports");
        assertThat(within.statusCode()).isNotEqualTo(413);
        assertThat(over.statusCode()).isEqualTo(413);
        assertThat(over.body()).contains("urn:lienket:problem:document-too-large").contains("\"field\":\"file\"");
        assertThat(SEEN).doesNotContainKey("/api/provinces/ca-mau/derived-plans/v/imports");
    }

    @Test
    void aPersonWhoUploadsAFarTooLargeFileReadsWhyItWasRefused() throws Exception {
        // 12 MB, past the 4 MB a JSON body is drained for, sent whole before the answer is read
        HttpResponse<String> over = send(upload("/api/provinces/ca-mau/derived-plans/w/imports",
                TestTokens.token("ca-mau", "planner"), 12 * 1024 * 1024));

        assertThat(over.statusCode()).isEqualTo(413);
        assertThat(over.body()).contains("document-too-large");
        assertThat(SEEN).doesNotContainKey("/api/provinces/ca-mau/derived-plans/w/imports");
    }

    private HttpRequest.Builder upload(String path, String token, int size) {
        byte[] file = new byte[size];
        Arrays.fill(file, (byte) 'a');
        return get(path, token).header("Content-Type", Multipart.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.file("plan.txt", file)));
    }

    @Test
    void aClientThatSendsAWholeOverLimitBodyBeforeReadingStillReadsThe413Problem() throws Exception {
        // as Python's urllib does: no Expect: 100-continue, the whole body written, then the answer read
        String response = RawClient.postWholeBodyThenRead(port, "/api/provinces/ca-mau/derived-plans/y/activities",
                TestTokens.token("ca-mau", "planner"), 3 * 1024 * 1024);

        assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":413");
        assertThat(SEEN).doesNotContainKey("/api/provinces/ca-mau/derived-plans/y/activities");
    }

    @Test
    void aPathNoRouteServesIsA404ProblemInThePlatformsWords() throws Exception {
        HttpResponse<String> response = send(get("/api/programmez/x", TestTokens.token("kien-giang", "planner")));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("There is no such resource: GET /api/programmez/x")
                .doesNotContainIgnoringCase("static").doesNotContainIgnoringCase("handler");
    }

    @Test
    void theBrowsableApiUiAndEachServicesSpecAreServedWithoutAToken() throws Exception {
        HttpResponse<String> entry = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/swagger-ui.html")));
        String ui = entry.headers().firstValue("Location").orElse("/swagger-ui.html");
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port).resolve(ui)));
        HttpResponse<String> config = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/v3/api-docs/swagger-config")));
        HttpResponse<String> planSpec = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api-docs/plan-service")));
        HttpResponse<String> notificationSpec = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api-docs/notification-service")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(config.body()).contains("/api-docs/plan-service", "/api-docs/province-service",
                "/api-docs/notification-service");
        assertThat(planSpec.statusCode()).isEqualTo(200);
        assertThat(SEEN).as("the spec is asked of the service at its own path").containsKey("/v3/api-docs");
        assertThat(notificationSpec.statusCode()).as("a service that is down").isEqualTo(503);
        assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))).statusCode())
                .as("the gateway's own routes stay undescribed").isEqualTo(401);
    }

    @Test
    void aClientOverItsRateIs429WithRetryAfterAndOthersGoOn() throws Exception {
        String busy = TestTokens.token("bac-lieu", "planner");
        int refused = 0;
        String refusal = null;
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> last = send(get("/api/provinces/bac-lieu/derived-plans", busy));
            if (last.statusCode() == 429) {
                refused++;
                assertThat(last.headers().firstValue("Retry-After").map(Integer::parseInt)).hasValueSatisfying(
                        s -> assertThat(s).isBetween(1, 5));
                assertThat(last.body()).contains("\"status\":429");
                refusal = last.body();
            }
        }
        assertThat(refused).isPositive();
        assertThat(refusal).contains("client bac-lieu");
        assertThat(send(get("/api/provinces/soc-trang/derived-plans", TestTokens.token("soc-trang", "planner"))).statusCode())
                .as("another client keeps its own allowance").isEqualTo(200);
    }

    @Test
    void aBackendThatIsDownOrTooSlowIsA503ProblemInBoundedTime() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> down = send(get("/api/notifications/deliveries", TestTokens.token("ho-chi-minh-city", "coordinator")));
        HttpResponse<String> slow = send(get("/api/provinces/hau-giang/slow", TestTokens.token("hau-giang", "planner")));
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(down.headers().firstValue("Retry-After")).isPresent();
        assertThat(down.body()).contains("notification-service");
        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(tookMs).as("neither waits for the backend's own 3 s").isLessThan(3000);
    }

    @Test
    void corsAdmitsTheConsoleOriginOnlyAndResponsesCarrySecurityHeaders() throws Exception {
        HttpRequest.Builder preflight = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/master-plans"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization");
        HttpResponse<String> console = send(preflight.copy().header("Origin", "http://localhost:5173"));
        HttpResponse<String> stranger = send(preflight.copy().header("Origin", "https://evil.example"));
        HttpResponse<String> read = send(get("/api/master-plans", TestTokens.token("kien-giang", "planner")));

        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:5173");
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(read.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(read.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(read.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void tokensThatAreExpiredForeignOrForAnotherAudienceAre401Problems() throws Exception {
        for (String token : List.of(TestTokens.expired("kien-giang", "planner"),
                TestTokens.signedByAnotherKey("kien-giang", "planner"),
                TestTokens.forAudience("another-api", "kien-giang", "planner"), "not.a.token")) {
            HttpResponse<String> response = send(get("/api/provinces/kien-giang/derived-plans", token));
            assertThat(response.statusCode()).as(token).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        }
    }

    private static HttpServer backend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                SEEN.put(exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders()));
                if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
