package vn.lienket.gateway.backends;

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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.support.testing.TestPorts;
import vn.lienket.support.testing.TestTokens;

/**
 * Several instances of a service behind the gateway, each a real HTTP server: requests are spread
 * over them, a connection one refuses goes to another whatever the method (its body intact), a
 * stopped one is skipped and gets requests again once it answers, and a backend whose every
 * instance refuses is the 503 it is with one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackendInstancesIT {

    /** plan-service: two instances that answer. */
    static final Backend PLAN_1 = new Backend(0);
    static final Backend PLAN_2 = new Backend(0);
    /** province-service: the first instance refuses every connection (nothing listens), the second answers. */
    static final int NOBODY = TestPorts.free();
    static final Backend PROVINCE = new Backend(0);
    /** notification-service: two instances, of which one is stopped and started again. */
    static final Backend NOTIFICATIONS_1 = new Backend(0);
    static final Backend NOTIFICATIONS_2 = new Backend(0);

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwksUri);
        registry.add("PLAN_SERVICE_URI", () -> PLAN_1.uri() + "," + PLAN_2.uri());
        registry.add("PROVINCE_SERVICE_URI", () -> "http://127.0.0.1:" + NOBODY + "," + PROVINCE.uri());
        registry.add("NOTIFICATION_SERVICE_URI", () -> NOTIFICATIONS_1.uri() + ", " + NOTIFICATIONS_2.uri());
        registry.add("IDENTITY_URI", () -> "http://127.0.0.1:" + NOBODY + ",http://127.0.0.1:" + TestPorts.free());
        registry.add("lienket.backends.skip-refused-for", () -> "200ms");
        registry.add("lienket.gateway.requests-per-second", () -> "1000");
        registry.add("lienket.gateway.burst", () -> "1000");
    }

    @AfterAll
    static void stop() {
        for (Backend backend : List.of(PLAN_1, PLAN_2, PROVINCE, NOTIFICATIONS_1, NOTIFICATIONS_2)) {
            backend.stop();
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token);
    }

    @Test
    void requestsAreSpreadOverTheInstances() throws Exception {
        String token = TestTokens.token("kien-giang", "planner");
        for (int i = 0; i < 10; i++) {
            assertThat(send(request("/api/master-plans?spread=" + i, token)).statusCode()).isEqualTo(200);
        }

        long first = PLAN_1.seen("/api/master-plans?spread=");
        long second = PLAN_2.seen("/api/master-plans?spread=");
        assertThat(first + second).isEqualTo(10);
        assertThat(first).as("the first instance's share").isPositive();
        assertThat(second).as("the second instance's share").isPositive();
    }

    @Test
    void aRefusedConnectionGoesToAnotherInstanceWhateverTheMethodWithItsBody() throws Exception {
        String token = TestTokens.token("ca-mau", "planner");
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> response = send(request("/api/provinces/ca-mau/derived-plans/p" + i + "/imports/1/apply", token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"attempt\":" + i + "}")));
            assertThat(response.statusCode()).isEqualTo(200);
        }

        assertThat(PROVINCE.seen("/api/provinces/ca-mau/derived-plans/p")).isEqualTo(6);
        assertThat(PROVINCE.bodies).contains("{\"attempt\":0}", "{\"attempt\":5}");
    }

    @Test
    void aStoppedInstanceIsSkippedAndGetsRequestsAgainOnceItAnswers() throws Exception {
        String token = TestTokens.token("ho-chi-minh-city", "coordinator");
        NOTIFICATIONS_2.stop();
        for (int i = 0; i < 6; i++) {
            assertThat(send(request("/api/notifications/deliveries?while-stopped=" + i, token)).statusCode()).isEqualTo(200);
        }
        assertThat(NOTIFICATIONS_1.seen("/api/notifications/deliveries?while-stopped=")).isEqualTo(6);

        NOTIFICATIONS_2.start();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(send(request("/api/notifications/deliveries?again", token)).statusCode()).isEqualTo(200);
            assertThat(NOTIFICATIONS_2.seen("/api/notifications/deliveries?again")).isPositive();
        });
    }

    @Test
    void aBackendWhoseEveryInstanceRefusesIsA503ProblemAsWithOne() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/jwks"))
                .timeout(Duration.ofSeconds(20)));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("identity-provider");
    }

    /** A small HTTP server that records what reached it, and can be stopped and started again on its port. */
    static final class Backend {

        final List<String> requests = new CopyOnWriteArrayList<>();
        final List<String> bodies = new CopyOnWriteArrayList<>();
        private final int port;
        private HttpServer server;

        Backend(int port) {
            this.port = start(port);
        }

        String uri() {
            return "http://127.0.0.1:" + port;
        }

        long seen(String prefix) {
            return requests.stream().filter(r -> r.startsWith(prefix)).count();
        }

        void start() {
            start(port);
        }

        synchronized void stop() {
            if (server != null) {
                server.stop(0);
                server = null;
            }
        }

        private synchronized int start(int on) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", on), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                requests.add(exchange.getRequestURI().toString());
                byte[] in = exchange.getRequestBody().readAllBytes();
                if (in.length > 0) {
                    bodies.add(new String(in, StandardCharsets.UTF_8));
                }
                byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return server.getAddress().getPort();
        }
    }
}
