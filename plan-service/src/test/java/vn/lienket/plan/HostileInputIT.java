package vn.lienket.plan;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.HostileInput;
import vn.lienket.support.testing.HostileInput.Endpoint;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/** Every plan-service write endpoint against hostile input, with a valid If-Match: 4xx problems, the plan as it was. */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true")
class HostileInputIT {

    @LocalServerPort
    int port;

    @Test
    void everyWriteEndpointRefusesHostileInputAndChangesNothing() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String token = TestTokens.token("ho-chi-minh-city", "coordinator");
        String planId = "350-kh-ubnd-2024";
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/master-plans/" + planId, token).status() == 200);
        String etag = api.get("/api/master-plans/" + planId, token).header("ETag");
        String activity = "{\"code\":\"2.3\",\"title\":\"Không gian kết nối\",\"timeframe\":\"Quý II/2024\","
                + "\"location\":\"Tỉnh Vĩnh Long\"}";
        String base = "/api/master-plans/{id}";
        String header = "{\"number\":\"120/KH-UBND\",\"title\":\"Kế hoạch năm 2025\",\"issuer\":\"Ủy ban nhân dân\","
                + "\"issuedOn\":\"2025-02-01\",\"period\":{\"from\":\"2025-01-01\",\"to\":\"2025-12-31\"}}";

        HostileInput.check(api, List.of(
                new Endpoint("PUT", base + "/draft", planId, "{\"sections\":[{\"code\":\"1\",\"title\":\"Phần một\","
                        + "\"activities\":[" + activity.replace("2.3", "1.1") + "]}]}", token, "If-Match", etag),
                new Endpoint("POST", base + "/draft/sections/2/activities", planId, activity.replace("2.3", "2.9"), token,
                        "If-Match", etag),
                new Endpoint("PUT", base + "/draft/activities/2.3", planId, activity, token, "If-Match", etag),
                new Endpoint("POST", base + "/draft/activities/2.3/move", planId, "{\"toSection\":\"3\",\"newCode\":\"3.9\"}",
                        token, "If-Match", etag),
                new Endpoint("PUT", base + "/reporting-deadline", planId, "{\"reportingDeadline\":\"2026-12-31\"}", token,
                        "If-Match", etag),
                new Endpoint("PUT", base + "/reporting-deadlines", planId, "{\"reportingDeadlines\":[{\"label\":\"năm\","
                        + "\"everyYear\":\"12-15\"}]}", token, "If-Match", etag),
                new Endpoint("PUT", base + "/header", planId, header, token, "If-Match", etag),
                // with a stale If-Match, so that a case the checks let through would not close the plan
                new Endpoint("POST", base + "/close", planId, null, token, "If-Match", "\"0\""),
                new Endpoint("POST", "/api/programmes/{id}/master-plans", "hcmc-mekong-tourism", header, token),
                new Endpoint("POST", base + "/versions", planId,
                        "{\"revisionDueDate\":\"2027-01-15\",\"summary\":\"Chuyển 2.3\"}", token)),
                () -> {
                    ApiClient.Response plan = api.get("/api/master-plans/" + planId, token);
                    return plan.header("ETag") + " " + plan.body() + " " + api.get("/api/master-plans/" + planId
                            + "/audit", token).body() + " " + api.get("/api/master-plans?programme=hcmc-mekong-tourism&limit=100",
                            token).body();
                });
    }
}
