package vn.lienket.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienket.support.testing.AccessMatrix.Sample.get;
import static vn.lienket.support.testing.AccessMatrix.Sample.write;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.lienket.access.PlanServiceAccess;
import vn.lienket.support.testing.AccessMatrix;
import vn.lienket.support.testing.AccessMatrix.Resource;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/**
 * Every plan-service route against every kind of caller, called directly, each cell judged by
 * plan-service's access policy: members read, the lead authority's coordinators write and see
 * compliance, progress and the audit; a member of another programme, another programme's lead
 * and a platform admin see nothing of it.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true")
class AccessMatrixIT {

    @LocalServerPort
    int port;

    static final String HEADER = "{\"number\":\"120/KH-UBND\",\"title\":\"Kế hoạch năm 2025\",\"issuer\":\"Ủy ban nhân dân "
            + "Thành phố Hồ Chí Minh\",\"issuedOn\":\"2025-02-01\",\"period\":{\"from\":\"2025-01-01\",\"to\":\"2025-12-31\"}}";

    @Test
    void everyRouteAgainstEveryCaller() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String plan = "/api/master-plans/350-kh-ubnd-2024";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(plan, TestTokens.token("ho-chi-minh-city", "coordinator")).status() == 200);
        // a programme of its own for the programme writes, led by the lead of these callers, kien-giang a member
        String programme = "/api/programmes/access-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/programmes", TestTokens.token("platform", "platform-admin"),
                "{\"id\":\"" + programme.substring("/api/programmes/".length()) + "\",\"name\":\"Quyền truy cập\","
                        + "\"sectors\":[\"tourism\"],\"leadAuthority\":\"ho-chi-minh-city\",\"members\":[\"kien-giang\"],"
                        + "\"period\":{\"from\":\"2024-01-01\"}}").status()).isEqualTo(201);
        String activity = "{\"code\":\"2.3\",\"title\":\"Không gian\",\"theme\":null,\"timeframe\":\"Quý II/2024\","
                + "\"location\":\"Tỉnh Vĩnh Long\"}";

        AccessMatrix.check(api, PlanServiceAccess.POLICY, Resource.of("ho-chi-minh-city", "kien-giang"), List.of(
                get("/api/programmes/hcmc-mekong-tourism"),
                get("/api/master-plans?programme=hcmc-mekong-tourism"),
                get(plan),
                get(plan + "/versions/1"),
                get(plan + "/changes?from=1&to=1"),
                get(plan + "/versions/1/document?format=docx"),
                get(plan + "/changes/document?from=1&to=1&format=docx"),
                // a JSON body where the document goes: a caller that passes the checks gets 415 and nothing is stored
                write("POST", "/api/programmes/hcmc-mekong-tourism/plan-imports", "{}"),
                // no such import: a caller that passes the checks gets 404 and nothing is created
                get("/api/programmes/hcmc-mekong-tourism/plan-imports/no-such-import"),
                write("POST", "/api/programmes/hcmc-mekong-tourism/plan-imports/no-such-import/apply", "{}"),
                get(plan + "/activities?q=hoi%20nghi"),
                get(plan + "/compliance"),
                get(plan + "/%63ompliance"),
                get(plan + "/compliance/audit"),
                get(plan + "/progress"),
                get(plan + "/audit"),
                get(plan + "/draft/changes"),
                // without If-Match: a caller that passes the checks gets 428 and nothing is written (header, close too)
                write("PUT", plan + "/draft", "{\"sections\":[{\"code\":\"1\",\"title\":\"Phần một\",\"activities\":["
                        + activity.replace("2.3", "1.1") + "]}]}"),
                write("POST", plan + "/draft/sections/2/activities", activity),
                write("PUT", plan + "/draft/activities/2.3", activity),
                write("DELETE", plan + "/draft/activities/2.3", null),
                write("POST", plan + "/draft/activities/2.3/move", "{\"toSection\":\"3\",\"newCode\":\"3.9\"}"),
                write("PUT", plan + "/reporting-deadline", "{\"reportingDeadline\":\"2026-12-31\"}"),
                write("PUT", plan + "/reporting-deadlines", "{\"reportingDeadlines\":[{\"label\":\"năm\",\"everyYear\":\"12-15\"}]}"),
                write("PUT", plan + "/header", HEADER),
                write("POST", plan + "/close", null),
                // a period that ends before it starts: a caller that passes the checks gets 400 and nothing is created
                write("POST", "/api/programmes/hcmc-mekong-tourism/master-plans", HEADER.replace("\"to\":\"2025-12-31\"",
                        "\"to\":\"2024-12-31\"")),
                // a due date in the past: a caller that passes the checks gets 400 and nothing is published
               write("POST", plan + "/versions", "{\"revisionDueDate\":\"2000-01-01\"}"),
                // a plan that does not exist: the roles decide, and the answer is 404
                get("/api/master-plans/no-such-plan/compliance").about(Resource.unknown()),
                get("/api/authorities"),
                get("/api/authorities/kien-giang"),
                get("/api/authorities/kien-giang/successions"),
                get("/api/authorities/an-giang/successions/an-giang@2025-07-01"),
                // a succession into itself: a platform admin passes the checks, gets 400 and nothing is recorded
                write("POST", "/api/authorities/an-giang/successions", "{\"predecessors\":[\"an-giang\"],"
                        + "\"effectiveOn\":\"2025-07-01\",\"legalBasis\":\"Nghị quyết số 202/2025/QH15\"}"),
                // the list answers everyone, each with the programmes it takes part in
                get("/api/programmes"),
                get(programme),
                get(programme + "/audit"),
                // no sectors: a platform admin passes the checks, gets 400 and nothing is created
                write("POST", "/api/programmes", "{\"name\":\"Không ngành\",\"sectors\":[],\"leadAuthority\":\"ca-mau\","
                        + "\"period\":{\"from\":\"2024-01-01\"}}"),
                // an authority the register lacks: 400, no member added
                write("POST", programme + "/members", "{\"authorityId\":\"atlantis\"}"),
                // lao-cai is no member: 409, nothing recorded
                write("DELETE", programme + "/members/lao-cai", null),
                // the lead's coordinator archives it (200); the platform admin after it gets 409
                write("POST", programme + "/archive", null),
                get("/api/audit/denied-requests"),
                get("/api/operations/dead-letters"),
                get("/api/operations/dead-letters/no-such-record"),
                write("POST", "/api/operations/dead-letters/no-such-record/redrive", ""),
                write("POST", "/api/operations/dead-letters/redrive?topic=lienket.no-such-topic", "")),
                AccessMatrix.callers("ho-chi-minh-city", "kien-giang", "lao-cai", "ha-giang"));
    }
}
