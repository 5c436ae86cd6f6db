package vn.lienket.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.EventJson;
import vn.lienket.contracts.Topics;
import vn.lienket.security.SuccessionMap;
import vn.lienket.support.testing.TestTokens;

/**
 * The gateway follows the register's successions from {@code KAFKA_BOOTSTRAP} (an embedded broker
 * here, the succession written to {@code lienket.authorities.v1} as plan-service's relay writes
 * it): from the day Kiên Giang merged into An Giang, Kiên Giang's tokens read and never write, a
 * write to Kiên Giang's paths is the 403 problem naming An Giang and the day, before any backend
 * sees it, and An Giang's people read Kiên Giang's paths as their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuccessionsGatewayIT {

    static final EmbeddedKafkaKraftBroker BROKER = broker();
    static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
    static final HttpServer BACKEND = backend();
    static final String PLAN = "/api/provinces/kien-giang/derived-plans/350-kh-ubnd-2024";
    static final String BASIS = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh";

    @LocalServerPort
    int port;

    @Autowired
    SuccessionMap successions;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        String backend = "http://127.0.0.1:" + BACKEND.getAddress().getPort();
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwksUri);
        registry.add("PROVINCE_SERVICE_URI", () -> backend);
        registry.add("NOTIFICATION_SERVICE_URI", () -> backend);
        registry.add("PLAN_SERVICE_URI", () -> backend);
        registry.add("IDENTITY_URI", () -> backend);
        registry.add("KAFKA_BOOTSTRAP", BROKER::getBrokersAsString);
    }

    @BeforeEach
    void theSuccessionIsOnTheTopic() throws Exception {
        if (successions.archived("kien-giang").isPresent()) {
            return;
        }
        AuthoritySucceeded anGiang = new AuthoritySucceeded("e-an-giang", Instant.parse("2025-06-20T00:00:00Z"), "platform",
                "an-giang@2025-07-01", new AuthorityRef("an-giang", "91", "Tỉnh An Giang", "PROVINCE", "Sở VHTTDL An Giang"),
                List.of(new AuthorityRef("kien-giang", "91", "Tỉnh Kiên Giang", "PROVINCE", "Sở Du lịch Kiên Giang")),
                LocalDate.of(2025, 7, 1), BASIS);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.AUTHORITIES, anGiang.successionId(),
                    EventJson.write(anGiang));
            record.headers().add(CloudEventHeaders.TYPE, AuthoritySucceeded.TYPE.getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.ID, anGiang.eventId().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> successions.archived("kien-giang").isPresent());
    }

    @AfterAll
    static void stop() {
        BACKEND.stop(0);
        BROKER.destroy();
    }

    HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20));
        request = method.equals("GET") ? request.GET()
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void aPredecessorsTokenWritingGetsTheProblemNamingTheSuccessorAndTheDay() throws Exception {
        String kienGiang = TestTokens.token("kien-giang", "planner");
        HttpResponse<String> write = send("PUT", PLAN + "/activities/2.3", kienGiang);
        HttpResponse<String> people = send("POST", "/api/identity/people", TestTokens.token("kien-giang", "authority-admin"));
        HttpResponse<String> read = send("GET", PLAN, kienGiang);

        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(write);
        assertThat(problem.path("type").asString()).isEqualTo("urn:lienket:problem:authority-merged");
        assertThat(problem.path("successor").asString()).isEqualTo("an-giang");
        assertThat(problem.path("effectiveOn").asString()).isEqualTo("2025-07-01");
        assertThat(problem.path("detail").asString())
                .startsWith("Tỉnh Kiên Giang (kien-giang) merged into Tỉnh An Giang (an-giang) from 01/07/2025 (" + BASIS + ")");
        assertThat(people.statusCode()).as("no write anywhere, the identity provider's included").isEqualTo(403);
        assertThat(json(people).path("successor").asString()).isEqualTo("an-giang");
        assertThat(SEEN).doesNotContain(PLAN + "/activities/2.3", "/api/identity/people");
        assertThat(read.statusCode()).as("it reads what it read before").isEqualTo(200);
    }

    @Test
    void theSuccessorReadsThePredecessorsPathsAndWritesThemNoMoreThanAnyoneElse() throws Exception {
        HttpResponse<String> plans = send("GET", "/api/provinces/kien-giang/derived-plans", TestTokens.token("an-giang", "viewer"));
        HttpResponse<String> units = send("GET", "/api/notifications/authorities/kien-giang/units",
                TestTokens.token("an-giang", "planner"));
        HttpResponse<String> write = send("POST", PLAN + "/versions", TestTokens.token("an-giang", "planner"));
        HttpResponse<String> other = send("GET", "/api/provinces/kien-giang/derived-plans", TestTokens.token("can-tho", "viewer"));
        HttpResponse<String> own = send("PUT", "/api/provinces/an-giang/derived-plans/350-kh-ubnd-2024/activities/2.3",
                TestTokens.token("an-giang", "planner"));

        assertThat(plans.statusCode()).isEqualTo(200);
        assertThat(units.statusCode()).isEqualTo(200);
        assertThat(SEEN).contains("/api/provinces/kien-giang/derived-plans", "/api/notifications/authorities/kien-giang/units");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(json(write).path("type").asString()).isEqualTo("urn:lienket:problem:authority-merged");
        assertThat(json(write).path("detail").asString()).contains("write as an-giang");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(json(other).path("type").asString()).isEqualTo("urn:lienket:problem:forbidden");
        assertThat(own.statusCode()).as("the successor writes its own").isEqualTo(200);
    }

    private static EmbeddedKafkaKraftBroker broker() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1, Topics.AUTHORITIES);
        broker.afterPropertiesSet();
        return broker;
    }

    private static HttpServer backend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                SEEN.add(exchange.getRequestURI().toString());
                exchange.getRequestBody().readAllBytes();
                byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
