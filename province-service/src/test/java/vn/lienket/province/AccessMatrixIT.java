package vn.lienket.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienket.support.testing.AccessMatrix.Sample.get;
import static vn.lienket.support.testing.AccessMatrix.Sample.write;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import vn.lienket.access.ProvinceServiceAccess;
import vn.lienket.contracts.Topics;
import vn.lienket.province.derivedplan.MasterVersions;
import vn.lienket.province.derivedplan.ProgrammeEvents;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.testing.AccessMatrix;
import vn.lienket.support.testing.AccessMatrix.Resource;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;

/** Every province-service route against every kind of caller, called directly (the gateway bypassed), judged by its access policy. */
@ServiceTest
class AccessMatrixIT {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Tenants tenants;

    /** The members are tenants because their programme was announced, as plan-service's seed announces it. */
    @BeforeEach
    void theMekongProgrammeIsAnnounced() {
        ProgrammeEvents.mekongCreated(kafka, tenants);
    }

    @LocalServerPort
    int port;

    @Test
    void everyRouteAgainstEveryCaller() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String planId = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.send(kafka, Topics.MASTER_PLANS, MasterVersions.plan350v1(planId));
        String plan = "/api/provinces/kien-giang/derived-plans/" + planId;
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get(plan, TestTokens.token("kien-giang", "planner")).status() == 200);
        String fields = "{\"leadUnit\":\"Sở Du lịch tỉnh Kiên Giang\",\"coordinatingUnits\":[\"Báo Kiên Giang\"]}";

        AccessMatrix.check(api, ProvinceServiceAccess.POLICY, Resource.of("ho-chi-minh-city", "kien-giang", "soc-trang"),
                List.of(
                get("/api/provinces/kien-giang/derived-plans"),
                get(plan),
                get(plan + "/versions"),
                get(plan + "/versions/1"),
                get(plan + "/audit"),
                // without If-Match: a caller that passes the checks gets 428 and nothing is written
                write("PUT", plan + "/activities/2.3", fields),
                // the same route spelt with an escape, as a client may: the same rule
                write("PUT", plan.replace("derived-plans", "derived%2Dplans") + "/activities/2.3", fields),
                write("POST", plan + "/activities/2.3/progress", "{\"status\":\"IN_PROGRESS\"}"),
                // a successor settling one activity of a plan it made of several
                write("PUT", plan + "/consolidation/2.3", "{\"keep\":\"kien-giang\"}"),
                write("POST", plan + "/activities", "{\"code\":\"9.1\",\"title\":\"Hoạt động riêng\",\"fields\":" + fields + "}"),
                write("POST", plan + "/versions", "{\"resolutions\":[]}"),
                // plans as documents: a caller that passes the checks gets 415 (not multipart), 404 (no such
                // import) or 400 (no such format), and nothing is read or written
                write("POST", plan + "/imports", "{}"),
                get(plan + "/imports/no-such-import"),
                write("POST", plan + "/imports/no-such-import/apply", ""),
                get(plan + "/versions/1/document?format=xlsx"),
                // a plan Kiên Giang does not have: the roles decide, and the answer is 404
                get("/api/provinces/kien-giang/derived-plans/no-such-plan").about(Resource.unknown()),
                get("/api/audit/denied-requests"),
                get("/api/operations/dead-letters"),
                get("/api/operations/dead-letters/no-such-record"),
                write("POST", "/api/operations/dead-letters/no-such-record/redrive", ""),
                write("POST", "/api/operations/dead-letters/redrive?topic=lienket.no-such-topic", "")),
                AccessMatrix.callers("ho-chi-minh-city", "kien-giang", "soc-trang", "ha-giang"));

        var denials = api.get("/api/audit/denied-requests?limit=200", TestTokens.token("soc-trang", "planner")).json();
        assertThat(denials.valueStream().filter(d -> d.get("path").asString().equals(plan + "/activities/2.3")))
                .as("Sóc Trăng's refused write is in the trail with its client and tenant").singleElement()
                .satisfies(d -> {
                    assertThat(d.get("status").asInt()).isEqualTo(403);
                    assertThat(d.get("client").asString()).isEqualTo("soc-trang");
                    assertThat(d.get("tenant").asString()).isEqualTo("soc-trang");
                    assertThat(d.get("method").asString()).isEqualTo("PUT");
                });
        assertThat(denials.valueStream().map(d -> d.get("tenant").asString())).as("its own only").containsOnly("soc-trang");
        String admin = TestTokens.token("platform", "platform-admin");
        assertThat(api.get("/api/audit/denied-requests?limit=200", admin).json()
                .valueStream().map(d -> d.get("tenant").isNull() ? "-" : d.get("tenant").asString()))
                .contains("soc-trang", "ha-giang", "kien-giang", "-");
        ApiClient.Response newest = api.get("/api/audit/denied-requests?limit=2", admin);
        String link = newest.header("Link");
        ApiClient.Response older = api.get(link.substring(link.indexOf("/api/"), link.indexOf('>')), admin);
        assertThat(newest.json().size()).as("a page of the trail").isEqualTo(2);
        assertThat(java.time.Instant.parse(older.json().get(0).get("at").asString())).as("the next page is older")
                .isBeforeOrEqualTo(java.time.Instant.parse(newest.json().get(1).get("at").asString()));
        assertThat(api.get("/api/audit/denied-requests?cursor=nonsense", admin).status()).isEqualTo(400);
    }
}
