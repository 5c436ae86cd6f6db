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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lienket.gateway.GatewayApplication;
import vn.lienket.support.testing.TestTokens;

/**
 * Two gateways in front of the same backend, each told there are two: a client that sends to
 * both, in turn or all to one, is let through no more than the platform's limit (a burst of 10,
 * then one a second), counted over both.
 */
class RateLimitsAcrossGatewaysIT {

    static final int BURST = 10;
    static final int PER_SECOND = 1;
    static HttpServer backend;
    static final List<ConfigurableApplicationContext> GATEWAYS = new ArrayList<>();
    static final List<Integer> PORTS = new ArrayList<>();
    static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        backend = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        backend.createContext("/", exchange -> {
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.setExecutor(Executors.newCachedThreadPool());
        backend.start();
        String uri = "http://127.0.0.1:" + backend.getAddress().getPort();
        for (int i = 0; i < 2; i++) {
            // as arguments, which come before the application's own configuration (defaults would not)
            ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class).run(
                    "--server.port=0",
                    "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwksUri(),
                    "--PLAN_SERVICE_URI=" + uri, "--PROVINCE_SERVICE_URI=" + uri,
                    "--lienket.gateway.requests-per-second=" + PER_SECOND,
                    "--lienket.gateway.burst=" + BURST,
                    "--lienket.gateway.gateway-instances=2");
            GATEWAYS.add(gateway);
            PORTS.add(((WebServerApplicationContext) gateway).getWebServer().getPort());
        }
    }

    @AfterAll
    static void stop() {
        GATEWAYS.forEach(ConfigurableApplicationContext::close);
        backend.stop(0);
    }

    int status(int gateway, String tenant) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORTS.get(gateway)
                        + "/api/provinces/" + tenant + "/derived-plans"))
                .header("Authorization", "Bearer " + TOKENS.computeIfAbsent(tenant, t -> TestTokens.token(t, "planner"))).timeout(Duration.ofSeconds(20)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** At most the burst, and one more for each second (begun) that the requests took. */
    static long allowedAfter(long startNanos) {
        long seconds = (System.nanoTime() - startNanos + 999_999_999L) / 1_000_000_000L;
        return BURST + seconds * PER_SECOND;
    }

    @Test
    void aClientThatSendsToBothGatewaysInTurnGetsNoMoreThanItsLimit() throws Exception {
        long start = System.nanoTime();
        int admitted = 0;
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            int status = status(i % 2, "bac-lieu");
            if (status == 200) {
                admitted++;
            } else if (status == 429) {
                refused++;
            }
        }

        assertThat(admitted).isLessThanOrEqualTo((int) allowedAfter(start));
        assertThat(admitted).as("each gateway's share of the burst").isGreaterThanOrEqualTo(BURST);
        assertThat(admitted + refused).isEqualTo(40);
    }

    @Test
    void aClientThatSendsToOneGatewayGetsThatGatewaysShare() throws Exception {
        long start = System.nanoTime();
        int admitted = 0;
        for (int i = 0; i < 20; i++) {
            if (status(0, "ca-mau") == 200) {
                admitted++;
            }
        }

        long seconds = (System.nanoTime() - start + 999_999_999L) / 1_000_000_000L;
        assertThat(admitted).isBetween(BURST / 2, (int) (BURST / 2 + seconds));
    }
}
