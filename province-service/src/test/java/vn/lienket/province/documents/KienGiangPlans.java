package vn.lienket.province.documents;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.Topics;
import vn.lienket.province.derivedplan.MasterVersions;
import vn.lienket.province.derivedplan.ProgrammeEvents;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;

/**
 * What the tests of Kiên Giang's plans as documents stand on: the Mekong programme announced, a
 * fresh copy of plan 350 derived for each test, Kiên Giang's planner calling the API, and the plan
 * Kiên Giang really sent.
 */
abstract class KienGiangPlans {

    static final String KIEN_GIANG = TestTokens.token("kien-giang", "planner");
    static final List<String> MASTER_CODES = List.of("1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1",
            "4.2", "5.1", "5.2", "6.1");
    static final String KIEN_GIANG_PLAN = "fixtures/documents/kien-giang-2024-implementation-plan.txt";

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Tenants tenants;

    @LocalServerPort
    int port;

    @BeforeEach
    void theMekongProgrammeIsAnnounced() {
        ProgrammeEvents.mekongCreated(kafka, tenants);
    }

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** Kiên Giang's plan of a new copy of 350 (its id starting {@code prefix}), as derived from its first version. */
    String derivedPlan(String prefix) {
        String planId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.send(kafka, Topics.MASTER_PLANS, MasterVersions.plan350v1(planId));
        String plan = "/api/provinces/kien-giang/derived-plans/" + planId;
        await().atMost(Duration.ofSeconds(60)).until(() -> api().get(plan, KIEN_GIANG).status() == 200);
        return plan;
    }

    /** The Kiên Giang plan as it reached us. */
    static byte[] kienGiangPlan() {
        try (InputStream in = KienGiangPlans.class.getClassLoader().getResourceAsStream(KIEN_GIANG_PLAN)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode activity(JsonNode plan, String code) {
        return plan.get("activities").valueStream().filter(a -> a.get("code").asString().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no activity " + code + " in " + plan.get("activities")));
    }
}
