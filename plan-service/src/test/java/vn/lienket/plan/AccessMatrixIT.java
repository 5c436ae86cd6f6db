package vn.lienket.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienket.support.testing.AccessMatrix.LEAD_COORDINATOR;
import static vn.lienket.support.testing.AccessMatrix.OWN_PLANNER;
import static vn.lienket.support.testing.AccessMatrix.OWN_VIEWER;
import static vn.lienket.support.testing.AccessMatrix.OTHER_COORDINATOR;
import static vn.lienket.support.testing.AccessMatrix.OTHER_PLANNER;
import static vn.lienket.support.testing.AccessMatrix.PLATFORM_ADMIN;
import static vn.lienket.support.testing.AccessMatrix.Route.get;
import static vn.lienket.support.testing.AccessMatrix.Route.write;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.lienket.support.testing.AccessMatrix;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/**
 * Every plan-service route against every kind of caller, called directly: members read, the lead
 * authority's coordinators write and see compliance, progress and the audit; a member of another
 * programme, another programme's lead and a platform admin see nothing of it.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true")
class AccessMatrixIT {

    @LocalServerPort
    int port;

    @Test
    void everyRouteAgainstEveryCaller() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String plan = "/api/master-plans/350-kh-ubnd-2024";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(plan, TestTokens.token("ho-chi-minh-city", "coordinator")).status() == 200);
        String[] members = {LEAD_COORDINATOR, OWN_PLANNER, OWN_VIEWER};
        // a programme of its own for the programme writes, led by the lead of these callers, kien-giang a member
        String programme = "/api/programmes/access-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/programmes", TestTokens.token("platform", "platform-admin"),
                "{\"id\":\"" + programme.substring("/api/programmes/".length()) + "\",\"name\":\"Quyền truy cập\","
                        + "\"sectors\":[\"tourism\"],\"leadAuthority\":\"ho-chi-minh-city\",\"members\":[\"kien-giang\"],"
                        + "\"period\":{\"from\":\"2024-01-01\"}}").status()).isEqualTo(201);
        String activity = "{\"code\":\"2.3\",\"title\":\"Không gian\",\"theme\":null,\"timeframe\":\"Quý II/2024\","
                + "\"location\":\"Tỉnh Vĩnh Long\"}";

        AccessMatrix.check(api, List.of(
                get("/api/programmes/hcmc-mekong-tourism", members),
                get("/api/master-plans?programme=hcmc-mekong-tourism", members),
                get(plan, members),
                get(plan + "/changes?from=1&to=1", members),
                get(plan + "/activities?q=hoi%20nghi", members),
                get(plan + "/compliance", LEAD_COORDINATOR),
                get(plan + "/compliance/audit", LEAD_COORDINATOR),
                get(plan + "/progress", LEAD_COORDINATOR),
                get(plan + "/audit", LEAD_COORDINATOR),
                // without If-Match: a caller that passes the checks gets 428 and nothing is written
                write("PUT", plan + "/draft", "{\"sections\":[{\"code\":\"1\",\"title\":\"Phần một\",\"activities\":["
                        + activity.replace("2.3", "1.1") + "]}]}", LEAD_COORDINATOR),
                write("POST", plan + "/draft/sections/2/activities", activity, LEAD_COORDINATOR),
                write("PUT", plan + "/draft/activities/2.3", activity, LEAD_COORDINATOR),
                write("DELETE", plan + "/draft/activities/2.3", null, LEAD_COORDINATOR),
                write("POST", plan + "/draft/activities/2.3/move", "{\"toSection\":\"3\",\"newCode\":\"3.9\"}",
                        LEAD_COORDINATOR),
                write("PUT", plan + "/reporting-deadline", "{\"reportingDeadline\":\"2026-12-31\"}", LEAD_COORDINATOR),
                // a due date in the past: a caller that passes the checks gets 400 and nothing is published
                write("POST", plan + "/versions", "{\"revisionDueDate\":\"2000-01-01\"}", LEAD_COORDINATOR),
                get("/api/authorities", LEAD_COORDINATOR, OWN_PLANNER, OWN_VIEWER, OTHER_PLANNER, OTHER_COORDINATOR,
                        PLATFORM_ADMIN),
                get("/api/authorities/kien-giang", LEAD_COORDINATOR, OWN_PLANNER, OWN_VIEWER, OTHER_PLANNER,
                        OTHER_COORDINATOR, PLATFORM_ADMIN),
                // the list answers everyone, each with the programmes it takes part in
                get("/api/programmes", LEAD_COORDINATOR, OWN_PLANNER, OWN_VIEWER, OTHER_PLANNER, OTHER_COORDINATOR,
                        PLATFORM_ADMIN),
                get(programme, LEAD_COORDINATOR, OWN_PLANNER, OWN_VIEWER),
                get(programme + "/audit", LEAD_COORDINATOR, PLATFORM_ADMIN),
                // no sectors: a platform admin passes the checks, gets 400 and nothing is created
                write("POST", "/api/programmes", "{\"name\":\"Không ngành\",\"sectors\":[],\"leadAuthority\":\"ca-mau\","
                        + "\"period\":{\"from\":\"2024-01-01\"}}", PLATFORM_ADMIN),
                // an authority the register lacks: 400, no member added
                write("POST", programme + "/members", "{\"authorityId\":\"atlantis\"}", LEAD_COORDINATOR, PLATFORM_ADMIN),
                // lao-cai is no member: 409, nothing recorded
                write("DELETE", programme + "/members/lao-cai", null, LEAD_COORDINATOR, PLATFORM_ADMIN),
                // the lead's coordinator archives it (200); the platform admin after it gets 409
                write("POST", programme + "/archive", null, LEAD_COORDINATOR, PLATFORM_ADMIN),
                get("/api/audit/denied-requests", LEAD_COORDINATOR, OWN_PLANNER, OWN_VIEWER, OTHER_PLANNER,
                        OTHER_COORDINATOR, PLATFORM_ADMIN)),
                AccessMatrix.callers("ho-chi-minh-city", "kien-giang", "lao-cai", "ha-giang"));
    }
}
