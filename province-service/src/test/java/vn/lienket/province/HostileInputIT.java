package vn.lienket.province;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import vn.lienket.contracts.Topics;
import vn.lienket.province.derivedplan.MasterVersions;
import vn.lienket.province.derivedplan.ProgrammeEvents;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.HostileInput;
import vn.lienket.support.testing.HostileInput.Endpoint;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;

/** Every province-service write endpoint against hostile input: 4xx problems, and the plan as it was. */
@ServiceTest
class HostileInputIT {

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
    void everyWriteEndpointRefusesHostileInputAndChangesNothing() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String planId = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        var v1 = MasterVersions.plan350v1(planId);
        TestEvents.send(kafka, Topics.MASTER_PLANS, v1);
        TestEvents.send(kafka, Topics.MASTER_PLANS, MasterVersions.next(v1,
                MasterVersions.withLocation(v1.sections(), "2.3", "Tỉnh Vĩnh Long")));
        String token = TestTokens.token("kien-giang", "planner");
        String plan = "/api/provinces/kien-giang/derived-plans/" + planId;
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get(plan, token).status() == 200
                && api.get(plan, token).json().get("status").asString().equals("REVISION_REQUIRED"));
        String fields = "{\"leadUnit\":\"Sở Du lịch tỉnh Kiên Giang\",\"coordinatingUnits\":[\"Báo Kiên Giang\"],"
                + "\"notes\":\"ghi chú\"}";
        String base = "/api/provinces/kien-giang/derived-plans/{id}";
        // each write carries the plan's current ETag, so what refuses a case is the input, not a stale tag
        String etag = api.get(plan, token).header("ETag");

        HostileInput.check(api, List.of(
                new Endpoint("PUT", base + "/activities/2.3", planId, fields, token, "If-Match", etag),
                new Endpoint("POST", base + "/activities/2.3/progress", planId,
                        "{\"status\":\"IN_PROGRESS\",\"note\":\"đang làm\"}", token, "If-Match", etag),
                new Endpoint("POST", base + "/activities", planId,
                        "{\"code\":\"9.1\",\"title\":\"Hoạt động riêng\",\"fields\":" + fields + "}", token, "If-Match", etag),
                new Endpoint("POST", base + "/versions", planId,
                        "{\"resolutions\":[{\"changeId\":\"2.3@v2\",\"decision\":\"ADOPT\",\"note\":\"đồng ý\"}]}", token,
                        "If-Match", etag),
                new Endpoint("PUT", "/api/provinces/{id}/derived-plans/" + planId + "/activities/2.3", "kien-giang", fields,
                        token, "If-Match", etag)),
                () -> api.get(plan, token).body());
    }
}
