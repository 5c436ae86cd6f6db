package vn.lienket.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/**
 * What the service answers a request it cannot serve: 404, 405, 406, 415 and a missing parameter
 * speak of the platform's resources, never of the framework's handlers. (The 413 a client reads
 * after writing its whole body is {@code BodyLimitOverSocketTest} in service-support.)
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true") // the context the other seeded tests share
class EdgeAnswersIT {

    static final String PLAN = "/api/master-plans/350-kh-ubnd-2024";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String coordinator = TestTokens.token("ho-chi-minh-city", "coordinator");

    @Test
    void aPathNothingServesIsA404NamingTheRequest() throws Exception {
        HttpResponse<String> response = send(request("/api/programme-templates").GET());

        assertProblem(response, 404, "There is no such resource: GET /api/programme-templates");
    }

    @Test
    void aMethodTheResourceDoesNotTakeIsA405ThatSaysWhichItDoesWithAnAllowHeader() throws Exception {
        HttpResponse<String> response = send(request(PLAN).DELETE());

        assertProblem(response, 405, "DELETE " + PLAN + " is not served; " + PLAN + " allows GET");
        assertThat(response.headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsA415NamingTheOneTaken() throws Exception {
        HttpResponse<String> response = send(request(PLAN + "/versions").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Chuyển hoạt động 2.3")));

        assertProblem(response, 415, "POST " + PLAN + "/versions takes a body of application/json");
    }

    @Test
    void anAnswerTheClientDoesNotAcceptIsA406NamingWhatIsAnswered() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> send(request(PLAN).GET()).statusCode() == 200);
        HttpResponse<String> response = send(request(PLAN).header("Accept", "text/csv").GET());

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("GET " + PLAN + " answers only application/json")
                .doesNotContainIgnoringCase("handler");
    }

    @Test
    void aMissingQueryParameterIsA400NamingIt() throws Exception {
        HttpResponse<String> response = send(request("/api/master-plans").GET());

        assertProblem(response, 400, "The query parameter 'programme' is required");
        assertThat(response.body()).contains("\"field\":\"programme\"");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + coordinator);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains(detail).doesNotContainIgnoringCase("static resource")
                .doesNotContainIgnoringCase("handler").doesNotContainIgnoringCase("not supported");
    }
}
