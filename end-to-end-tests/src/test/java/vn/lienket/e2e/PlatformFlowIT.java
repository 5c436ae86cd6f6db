package vn.lienket.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.Topics;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.TestEvents;

/**
 * The reason the platform exists, end to end through the gateway against the real processes:
 * HCMC moves activity 2.3 and publishes version 2; all 13 provinces are told, their units get an
 * email and an SMS, HCMC sees 13 NOTIFIED; Kiên Giang revises and HCMC sees it REVISED.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningPlatform.class)
@Order(1)
class PlatformFlowIT {

    static final LocalPlatform PLATFORM = RunningPlatform.PLATFORM;
    static final ProgrammeFixture FIXTURE = ProgrammeFixture.hcmcMekong2024();
    static final List<String> MEMBERS = FIXTURE.programme().members();
    static final String PLAN = "/api/master-plans/350-kh-ubnd-2024";
    static final LocalDate DUE = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30);
    static final Duration SOON = Duration.ofSeconds(60);

    static ApiClient api;
    static String hcmc;

    @BeforeAll
    static void seeded() {
        api = PLATFORM.api();
        hcmc = PLATFORM.token("ho-chi-minh-city");
        await().atMost(SOON).until(() -> api.get(PLAN, hcmc).status() == 200
                && !api.get(PLAN, hcmc).json().get("latestVersion").isNull());
        for (String province : MEMBERS) {
            await().atMost(SOON).until(() -> derivedPlan(province).status() == 200);
        }
    }

    static ApiClient.Response derivedPlan(String province) {
        return api.get("/api/provinces/" + province + "/derived-plans/350-kh-ubnd-2024", PLATFORM.token(province));
    }

    static String tourismUnitMailbox(String authority) {
        return "so-du-lich@" + authority + ".lienket.example";
    }

    static Map<String, String> compliance() {
        Map<String, String> statuses = new LinkedHashMap<>();
        api.get(PLAN + "/compliance", hcmc).json().get("members")
                .forEach(m -> statuses.put(m.get("memberId").asString(), m.get("status").asString()));
        return statuses;
    }

    @Test
    @Order(1)
    void hcmcMovesActivity23AndPublishesVersion2() {
        ApiClient.Response read = api.get(PLAN, hcmc);
        JsonNode plan = read.json();
        assertThat(plan.get("latestVersion").get("number").asInt()).isEqualTo(1);
        String sections = plan.get("draft").get("sections").toString()
                .replace("\"location\":\"Tỉnh Tiền Giang\"", "\"location\":\"Tỉnh Vĩnh Long\"");

        assertThat(api.put(PLAN + "/draft", hcmc, "{\"sections\":" + sections + "}", "If-Match", read.header("ETag"))
                .status()).isEqualTo(200);
        ApiClient.Response published = api.post(PLAN + "/versions", hcmc,
                "{\"revisionDueDate\":\"" + DUE + "\",\"summary\":\"Chuyển hoạt động 2.3 về Vĩnh Long\"}");

        assertThat(published.status()).isEqualTo(201);
        assertThat(published.json().get("number").asInt()).isEqualTo(2);
        assertThat(published.json().get("changes").toString()).contains("Tỉnh Tiền Giang", "Tỉnh Vĩnh Long");
    }

    @Test
    @Order(2)
    void all13ProvincesRequireRevisionWithTheChangeAndTheDueDate() {
        for (String province : MEMBERS) {
            await().atMost(SOON).untilAsserted(() -> {
                JsonNode plan = derivedPlan(province).json();
                assertThat(plan.get("status").asString()).as(province).isEqualTo("REVISION_REQUIRED");
                assertThat(plan.get("revisionDueDate").asString()).isEqualTo(DUE.toString());
                JsonNode change = plan.get("pendingChanges").get(0);
                assertThat(change.get("activityCode").asString()).isEqualTo("2.3");
                assertThat(change.get("fields").get(0).get("field").asString()).isEqualTo("location");
                assertThat(change.get("fields").get(0).get("oldValue").asString()).isEqualTo("Tỉnh Tiền Giang");
                assertThat(change.get("fields").get(0).get("newValue").asString()).isEqualTo("Tỉnh Vĩnh Long");
            });
        }
    }

    @Test
    @Order(3)
    void everyTourismUnitGetsOneEmailAndOneSms() {
        await().atMost(SOON).untilAsserted(() -> {
            for (String province : MEMBERS) {
                List<JsonNode> inbox = PLATFORM.mailbox(tourismUnitMailbox(province));
                assertThat(inbox).as(province).hasSize(1);
                assertThat(inbox.get(0).get("subject").asString()).contains("350/KH-UBND", "phiên bản 2");
            }
            List<JsonNode> sms = PLATFORM.sms();
            assertThat(sms).hasSize(13);
            assertThat(sms).extracting(s -> s.get("recipient").asString()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(MEMBERS.stream()
                            .map(p -> "+8490000" + FIXTURE.authority(p).gsoCode() + "1").toList());
            assertThat(sms).allSatisfy(s -> {
                assertThat(s.get("sender").asString()).isEqualTo("LIENKET");
                assertThat(s.get("dataCoding").asInt()).isEqualTo(8);
                assertThat(s.get("text").asString()).contains("350/KH-UBND", "2.3");
            });
        });
    }

    @Test
    @Order(4)
    void hcmcSeesAll13Notified() {
        await().atMost(SOON).untilAsserted(() -> assertThat(compliance()).hasSize(13)
                .allSatisfy((member, status) -> assertThat(status).as(member).isEqualTo("NOTIFIED")));
    }

    @Test
    @Order(5)
    void kienGiangRevisesAndHcmcSeesItRevisedAndIsTold() {
        String changeId = derivedPlan("kien-giang").json().get("pendingChanges").get(0).get("changeId").asString();

        ApiClient.Response revised = api.post("/api/provinces/kien-giang/derived-plans/350-kh-ubnd-2024/versions",
                PLATFORM.token("kien-giang"),
                "{\"resolutions\":[{\"changeId\":\"" + changeId + "\",\"decision\":\"ADOPT\",\"note\":\"Phối hợp với Vĩnh Long\"}]}",
                "If-Match", derivedPlan("kien-giang").header("ETag"));

        assertThat(revised.status()).isEqualTo(201);
        JsonNode plan = derivedPlan("kien-giang").json();
        assertThat(plan.get("status").asString()).isEqualTo("UP_TO_DATE");
        assertThat(plan.get("basedOnVersion").asInt()).isEqualTo(2);
        await().atMost(SOON).untilAsserted(() -> {
            assertThat(compliance().get("kien-giang")).isEqualTo("REVISED");
            assertThat(compliance().values()).filteredOn("NOTIFIED"::equals).hasSize(12);
            assertThat(PLATFORM.mailbox(tourismUnitMailbox("ho-chi-minh-city")))
                    .anySatisfy(m -> assertThat(m.get("subject").asString()).contains("Kiên Giang", "phiên bản 2"));
        });
    }

    @Test
    @Order(6)
    void theGatewayRefusesOtherTenantsMissingTokensAndBadInput() {
        String kienGiang = PLATFORM.token("kien-giang");

        assertThat(api.get("/api/provinces/soc-trang/derived-plans", kienGiang).status()).isEqualTo(403);
        assertThat(api.get("/api/provinces/soc-trang/derived-plans/350-kh-ubnd-2024", kienGiang).status()).isEqualTo(403);
        assertThat(api.get("/api/provinces/kien-giang/derived-plans", null).status()).isEqualTo(401);
        assertThat(api.get(PLAN, "not-a-token").status()).isEqualTo(401);
        assertThat(api.post(PLAN + "/versions", kienGiang, "{\"revisionDueDate\":\"" + DUE + "\"}").status()).isEqualTo(403);
        assertThat(api.put(PLAN + "/draft", kienGiang, "{\"sections\":[]}").status()).isEqualTo(403);

        ApiClient.Response pastDue = api.post(PLAN + "/versions", hcmc, "{\"revisionDueDate\":\"2024-01-01\"}");
        assertThat(pastDue.status()).isEqualTo(400);
        assertThat(pastDue.contentType()).startsWith("application/problem+json");
        assertThat(pastDue.json().get("field").asString()).isEqualTo("revisionDueDate");
        assertThat(api.get(PLAN, hcmc).json().get("latestVersion").get("number").asInt()).isEqualTo(2);
    }

    @Test
    @Order(7)
    void redeliveringTheEventsSendsNothingTwice() throws Exception {
        List<ConsumerRecord<String, String>> revisionRequired = TestEvents.readAll(PLATFORM.kafkaBootstrap(),
                Topics.PROVINCE_PLANS).stream()
                .filter(r -> DerivedPlanRevisionRequired.TYPE.equals(IncomingEvents.header(r, CloudEventHeaders.TYPE)))
                .toList();
        assertThat(revisionRequired).hasSize(13);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PLATFORM.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (ConsumerRecord<String, String> record : revisionRequired) {
                producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers()))
                        .get(10, TimeUnit.SECONDS);
            }
        }
        PLATFORM.awaitConsumedToTheEnd("notification-service.alerts", Topics.PROVINCE_PLANS, SOON);

        for (String province : MEMBERS) {
            assertThat(PLATFORM.mailbox(tourismUnitMailbox(province))).as(province).hasSize(1);
        }
        assertThat(PLATFORM.sms()).hasSize(13);
    }

    @Test
    @Order(8)
    void everythingSurvivesDownAndUp() {
        PLATFORM.down();
        PLATFORM.up();
        hcmc = PLATFORM.token("ho-chi-minh-city");

        await().atMost(SOON).untilAsserted(() -> {
            assertThat(api.get(PLAN, hcmc).json().get("latestVersion").get("number").asInt()).isEqualTo(2);
            assertThat(compliance().get("kien-giang")).isEqualTo("REVISED");
            assertThat(compliance().values()).filteredOn("NOTIFIED"::equals).hasSize(12);
            assertThat(derivedPlan("soc-trang").json().get("status").asString()).isEqualTo("REVISION_REQUIRED");
        });
    }

    @Test
    @Order(9)
    void theNorthWestProgrammeRunsTheSameFlowWithHaGiangPublishing() {
        ProgrammeFixture northwest = ProgrammeFixture.northwestHcmc2021();
        String plan = "/api/master-plans/" + northwest.masterPlan().id();
        String haGiang = PLATFORM.token("ha-giang");
        ApiClient.Response read = api.get(plan, haGiang);
        assertThat(read.status()).isEqualTo(200);

        assertThat(api.put(plan + "/draft/activities/1.2", haGiang, "{\"code\":\"1.2\",\"title\":\"Hội nghị chuyển giao "
                + "Trưởng nhóm liên kết\",\"timeframe\":\"Quý IV/2021\",\"location\":\"Tỉnh Lào Cai\"}", "If-Match",
                read.header("ETag")).status()).isEqualTo(200);
        assertThat(api.post(plan + "/versions", hcmc, "{\"revisionDueDate\":\"" + DUE + "\"}").status())
                .as("HCMC is only a member here").isEqualTo(403);
        assertThat(api.post(plan + "/versions", haGiang, "{\"revisionDueDate\":\"" + DUE + "\"}").status()).isEqualTo(201);

        for (String member : northwest.programme().members()) {
            await().atMost(SOON).untilAsserted(() -> assertThat(api.get("/api/provinces/" + member + "/derived-plans/"
                    + northwest.masterPlan().id(), PLATFORM.token(member)).json().get("status").asString())
                    .as(member).isEqualTo("REVISION_REQUIRED"));
        }
        await().atMost(SOON).untilAsserted(() -> {
            assertThat(PLATFORM.mailbox(tourismUnitMailbox("ho-chi-minh-city")))
                    .anySatisfy(m -> assertThat(m.get("subject").asString()).contains("61/KH-NHT"));
            assertThat(api.get(plan + "/compliance", haGiang).json().get("members").valueStream()
                    .map(m -> m.get("status").asString())).hasSize(8).containsOnly("NOTIFIED");
        });
        assertThat(api.get(plan + "/compliance", hcmc).status()).isEqualTo(403);

        String hcmcPlan = "/api/provinces/ho-chi-minh-city/derived-plans/" + northwest.masterPlan().id();
        ApiClient.Response hcmcRead = api.get(hcmcPlan, hcmc);
        String changeId = hcmcRead.json().get("pendingChanges").get(0).get("changeId").asString();
        assertThat(api.post(hcmcPlan + "/versions", hcmc,
                "{\"resolutions\":[{\"changeId\":\"" + changeId + "\",\"decision\":\"ADOPT\"}]}",
                "If-Match", hcmcRead.header("ETag")).status()).isEqualTo(201);
        await().atMost(SOON).untilAsserted(() -> {
            assertThat(api.get(plan + "/compliance", haGiang).json().get("members").valueStream()
                    .filter(m -> m.get("memberId").asString().equals("ho-chi-minh-city"))
                    .map(m -> m.get("status").asString())).containsExactly("REVISED");
            assertThat(PLATFORM.mailbox(tourismUnitMailbox("ha-giang"))).isNotEmpty();
        });
    }

    @Test
    @Order(10)
    void afterVersions3And4AProvinceSeesOnlyTheNetChangesAndRevisesCleanly() {
        ApiClient.Response read = api.get(PLAN, hcmc);
        String sections = read.json().get("draft").get("sections").toString()
                .replace("\"location\":\"Tỉnh Vĩnh Long\"", "\"location\":\"Tỉnh Bến Tre\"");
        ApiClient.Response edited = api.put(PLAN + "/draft", hcmc, "{\"sections\":" + sections + "}", "If-Match", read.header("ETag"));
        ApiClient.Response added = api.post(PLAN + "/draft/sections/2/activities", hcmc,
                "{\"code\":\"2.4\",\"title\":\"Famtrip sản phẩm liên kết\",\"timeframe\":\"Quý IV/2024\"}",
                "If-Match", edited.header("ETag"));
        assertThat(added.status()).isEqualTo(200);
        assertThat(api.post(PLAN + "/versions", hcmc, "{\"revisionDueDate\":\"" + DUE + "\"}").json().get("number").asInt())
                .isEqualTo(3);
        ApiClient.Response removed = api.delete(PLAN + "/draft/activities/2.4", hcmc, "If-Match", api.get(PLAN, hcmc).header("ETag"));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(api.post(PLAN + "/versions", hcmc, "{\"revisionDueDate\":\"" + DUE + "\"}").json().get("number").asInt())
                .isEqualTo(4);

        await().atMost(SOON).untilAsserted(() -> {
            JsonNode socTrang = derivedPlan("soc-trang").json();
            assertThat(socTrang.get("latestMasterVersion").asInt()).isEqualTo(4);
            assertThat(socTrang.get("pendingChanges")).hasSize(1);
            JsonNode change = socTrang.get("pendingChanges").get(0);
            assertThat(change.get("changeId").asString()).isEqualTo("2.3@v4");
            assertThat(change.get("fields").get(0).get("oldValue").asString()).isEqualTo("Tỉnh Tiền Giang");
            assertThat(change.get("fields").get(0).get("newValue").asString()).isEqualTo("Tỉnh Bến Tre");
            JsonNode kienGiang = derivedPlan("kien-giang").json();
            assertThat(kienGiang.get("pendingChanges").get(0).get("fields").get(0).get("oldValue").asString())
                    .as("Kiên Giang is based on version 2").isEqualTo("Tỉnh Vĩnh Long");
        });
        assertThat(api.get(PLAN + "/changes?from=1&to=4", hcmc).json().get("summary").get(0).asString())
                .isEqualTo("Hoạt động 2.3: địa điểm đổi từ Tỉnh Tiền Giang sang Tỉnh Bến Tre");

        ApiClient.Response revised = api.post("/api/provinces/soc-trang/derived-plans/350-kh-ubnd-2024/versions",
                PLATFORM.token("soc-trang"), "{\"resolutions\":[{\"changeId\":\"2.3@v4\",\"decision\":\"ADOPT\"}]}",
                "If-Match", derivedPlan("soc-trang").header("ETag"));
        assertThat(revised.status()).isEqualTo(201);
        assertThat(revised.json().get("basedOnVersion").asInt()).isEqualTo(4);
        await().atMost(SOON).untilAsserted(() -> assertThat(compliance().get("soc-trang")).isEqualTo("REVISED"));
    }
}
