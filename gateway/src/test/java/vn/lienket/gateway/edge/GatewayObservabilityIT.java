package vn.lienket.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.support.testing.TestTokens;

/** The gateway's scrape endpoint is for platform admins; its access log names the trace it passed on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class GatewayObservabilityIT {

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
    }

    @AfterAll
    static void stop() {
        BACKEND.stop(0);
    }

    HttpResponse<String> get(String path, String token, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theScrapeEndpointIsOnlyForPlatformAdminsAndShowsTheRequestsServed() throws Exception {
        get("/api/provinces/kien-giang/derived-plans", TestTokens.token("kien-giang", "planner"));

        HttpResponse<String> anonymous = get("/actuator/prometheus", null);
        HttpResponse<String> coordinator = get("/actuator/prometheus", TestTokens.token("ho-chi-minh-city", "coordinator"));
        HttpResponse<String> admin = get("/actuator/prometheus", TestTokens.token("platform", "platform-admin"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(coordinator.statusCode()).isEqualTo(403);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("http_server_requests_seconds_count{");
    }

    @Test
    void theAccessLogLineNamesTheTraceTheRequestWentOnWith(CapturedOutput output) throws Exception {
        String traceId = "5af92f3577b34da6a3ce929d0e0e4737";

        get("/api/provinces/kien-giang/derived-plans?traced", TestTokens.token("kien-giang", "planner"),
                "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");

        // written when the exchange completes, which may be just after the client has the response
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("lienket.access") && line.contains("\"traceId\":\"" + traceId + "\"")
                        && line.contains("/api/provinces/kien-giang/derived-plans"))).isNotEmpty());
    }

    private static HttpServer backend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
