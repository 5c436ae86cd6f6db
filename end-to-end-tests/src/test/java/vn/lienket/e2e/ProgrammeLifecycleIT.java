package vn.lienket.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.localplatform.MasterPlanEdits;
import vn.lienket.support.testing.ApiClient;

/**
 * The next cycle on the running stack, with no restart anywhere: a platform admin creates the
 * bilateral programme of Tiền Giang and HCMC and registers a client for each; Tiền Giang creates
 * and publishes plan 419/KH-UBND and HCMC's tenant derives it and its units are alerted. HCMC then
 * starts the 2025 Mekong plan as a copy of 350 and publishes it to all 13 members; Bình Dương joins
 * (from 1 January 2025) and catches up, then leaves and is told nothing more.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningPlatform.class)
@Order(3)
class ProgrammeLifecycleIT {

    static final LocalPlatform PLATFORM = RunningPlatform.PLATFORM;
    static final Duration SOON = Duration.ofSeconds(90);
    /** A delivery told its unit; a digest that merged it is sent at the end of its window (60 s). */
    static final Set<String> TOLD = Set.of("SENT", "DELIVERED");
    static final String BILATERAL = "tien-giang-hcmc-2023";
    static final String PLAN_419 = "/api/master-plans/419-kh-ubnd-2023";
    static final String PLAN_2025 = "/api/master-plans/120-kh-ubnd-2025";
    static final String MEKONG = "hcmc-mekong-tourism";
    static final List<String> MEKONG_MEMBERS = ProgrammeFixture.hcmcMekong2024().programme().members();
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    static final LocalDate DUE = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30);

    static ApiClient api = PLATFORM.api();
    static String admin = PLATFORM.token("platform-admin");
    static String tienGiang;
    static String hcmc;
    /** Bình Dương joins in this test: its client is registered through the API, not in the local configuration. */
    static String binhDuong;

    @Test
    @Order(1)
    void aPlatformAdminCreatesTheBilateralProgrammeAndRegistersBothClients() {
        ApiClient.Response created = api.post("/api/programmes", admin, """
                {"id":"%s","name":"Chương trình hợp tác phát triển kinh tế – xã hội giữa tỉnh Tiền Giang và Thành phố Hồ Chí Minh giai đoạn 2023–2025",
                 "sectors":["economy","tourism","agriculture","transport"],"leadAuthority":"tien-giang",
                 "members":["ho-chi-minh-city"],"period":{"from":"2023-01-01","to":"2025-12-31"}}""".formatted(BILATERAL));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/programmes/" + BILATERAL);

        tienGiang = register("tien-giang-hop-tac-" + SUFFIX, "tien-giang", "coordinator", "planner");
        hcmc = register("ho-chi-minh-city-hop-tac-" + SUFFIX, "ho-chi-minh-city", "planner");

        ApiClient.Response again = api.post("/api/identity/clients", admin,
                "{\"clientId\":\"tien-giang-hop-tac-" + SUFFIX + "\",\"tenant\":\"tien-giang\",\"roles\":[\"planner\"]}");
        assertThat(again.status()).as("a client registered twice").isEqualTo(409);
        assertThat(again.json().get("field").asString()).isEqualTo("clientId");
        JsonNode programme = api.get("/api/programmes/" + BILATERAL, tienGiang).json();
        assertThat(programme.get("leadAuthority").asString()).isEqualTo("tien-giang");
        assertThat(programme.get("sectors").valueStream().map(JsonNode::asString)).contains("economy", "tourism");
    }

    @Test
    @Order(2)
    void tienGiangCreatesAndPublishesPlan419AndHcmcDerivesItAndItsUnitsAreAlerted() {
        ApiClient.Response created = api.post("/api/programmes/" + BILATERAL + "/master-plans", tienGiang, """
                {"number":"419/KH-UBND","title":"Kế hoạch thực hiện Chương trình hợp tác giữa tỉnh Tiền Giang và Thành phố Hồ Chí Minh giai đoạn 2023–2025",
                 "issuer":"Ủy ban nhân dân tỉnh Tiền Giang","issuedOn":"2023-03-15",
                 "legalBases":["Chương trình hợp tác phát triển kinh tế – xã hội giữa tỉnh Tiền Giang và Thành phố Hồ Chí Minh giai đoạn 2023–2025"],
                 "period":{"from":"2023-01-01","to":"2025-12-31"},
                 "reportingDeadlines":[{"label":"năm","everyYear":"12-15"}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(PLAN_419);

        ApiClient.Response draft = api.put(PLAN_419 + "/draft", tienGiang, """
                {"sections":[{"code":"1","title":"Hợp tác phát triển du lịch","activities":[
                  {"code":"1.1","title":"Kết nối tour tuyến Thành phố Hồ Chí Minh – Tiền Giang","theme":null,
                   "timeframe":"Quý II/2023","location":"Tỉnh Tiền Giang"}]},
                 {"code":"2","title":"Hợp tác nông nghiệp","activities":[
                  {"code":"2.1","title":"Tiêu thụ trái cây Tiền Giang tại Thành phố Hồ Chí Minh","theme":null,
                   "timeframe":"Năm 2023","location":"Thành phố Hồ Chí Minh"}]}]}""",
                "If-Match", created.header("ETag"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        ApiClient.Response published = api.post(PLAN_419 + "/versions", tienGiang,
                "{\"revisionDueDate\":\"" + DUE + "\",\"summary\":\"Kế hoạch 419 phiên bản đầu\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(201);

        await().atMost(SOON).untilAsserted(() -> {
            ApiClient.Response derived = api.get("/api/provinces/ho-chi-minh-city/derived-plans/419-kh-ubnd-2023", hcmc);
            assertThat(derived.status()).as(derived.body()).isEqualTo(200);
            assertThat(derived.json().get("basedOnVersion").asInt()).isEqualTo(1);
        });
        await().atMost(Duration.ofSeconds(150)).untilAsserted(() -> {
            JsonNode deliveries = api.get("/api/notifications/deliveries?planId=419-kh-ubnd-2023&limit=200", tienGiang).json();
            assertThat(deliveries.valueStream().filter(d -> d.get("authorityId").asString().equals("ho-chi-minh-city"))
                    .map(d -> d.get("channel").asString() + ":" + (TOLD.contains(d.get("status").asString()) ? "told" : "not yet")))
                    .as("HCMC's tourism department, by email and SMS").contains("EMAIL:told", "SMS:told");
        });
        assertThat(api.get("/api/master-plans/419-kh-ubnd-2023/compliance", tienGiang).json().get("members").valueStream()
                .map(m -> m.get("memberId").asString())).containsExactly("ho-chi-minh-city");
    }

    @Test
    @Order(3)
    void hcmcStartsThe2025MekongPlanAsACopyOf350AndAll13MembersAreTold() {
        String lead = PLATFORM.token("ho-chi-minh-city");
        ApiClient.Response created = api.post("/api/programmes/" + MEKONG + "/master-plans", lead, """
                {"number":"120/KH-UBND","title":"Kế hoạch tổ chức các hoạt động hợp tác phát triển du lịch giữa Thành phố Hồ Chí Minh và các tỉnh vùng đồng bằng sông Cửu Long năm 2025",
                 "issuer":"Ủy ban nhân dân Thành phố Hồ Chí Minh","issuedOn":"2025-01-20",
                 "legalBases":["Kế hoạch số 350/KH-UBND năm 2024"],"period":{"from":"2025-01-01","to":"2025-12-31"},
                 "reportingDeadlines":[{"label":"6 tháng","date":"2025-06-10"},{"label":"năm","date":"2025-11-10"}],
                 "copyOf":"350-kh-ubnd-2024"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(PLAN_2025);
        JsonNode draft = api.get(PLAN_2025, lead).json().get("draft").get("sections");
        assertThat(draft.size()).as("the sections of 350").isGreaterThan(1);

        String first = draft.get(1).get("activities").get(0).get("code").asString();
        ApiClient.Response published = MasterPlanEdits.moveAndPublish(api, lead, PLAN_2025, first, "Tỉnh Bến Tre");
        assertThat(published.status()).as(published.body()).isEqualTo(201);

        for (String member : MEKONG_MEMBERS) {
            await().atMost(SOON).until(() -> derived(member, "120-kh-ubnd-2025").status() == 200);
        }
        await().atMost(Duration.ofSeconds(150)).untilAsserted(() -> assertThat(toldAuthorities(lead, "120-kh-ubnd-2025"))
                .containsAll(MEKONG_MEMBERS));
    }

    @Test
    @Order(4)
    void aNewMemberJoinsAndCatchesUpOnEveryOpenPlanAtItsLatestVersion() {
        String lead = PLATFORM.token("ho-chi-minh-city");
        ApiClient.Response joined = api.post("/api/programmes/" + MEKONG + "/members", lead,
                "{\"authorityId\":\"binh-duong\",\"joinedOn\":\"2025-01-01\"}");
        assertThat(joined.status()).as(joined.body()).isIn(200, 201);
        binhDuong = register("binh-duong-" + SUFFIX, "binh-duong", "planner");
        int latest350 = api.get("/api/master-plans/350-kh-ubnd-2024", lead).json().get("latestVersion").get("number").asInt();

        await().atMost(SOON).untilAsserted(() -> {
            ApiClient.Response plans = api.get("/api/provinces/binh-duong/derived-plans", binhDuong);
            assertThat(plans.status()).as(plans.body()).isEqualTo(200);
            assertThat(plans.json().valueStream().map(p -> p.get("masterPlanId").asString() + "@" + p.get("basedOnVersion").asInt()))
                    .contains("350-kh-ubnd-2024@" + latest350, "120-kh-ubnd-2025@1");
        });
        ApiClient.Response units = api.get("/api/notifications/authorities/binh-duong/units", binhDuong);
        assertThat(units.json().valueStream().map(u -> u.get("id").asString())).as("its directory starts with its tourism department")
                .contains("binh-duong.so-du-lich");
    }

    @Test
    @Order(5)
    void aMemberThatLeavesIsToldNothingMoreAndKeepsWhatItHad() {
        String lead = PLATFORM.token("ho-chi-minh-city");
        ApiClient.Response left = api.delete("/api/programmes/" + MEKONG + "/members/binh-duong", lead);
        assertThat(left.status()).as(left.body()).isIn(200, 204);
        long binhDuongDeliveriesBefore = deliveriesTo(lead, "120-kh-ubnd-2025", "binh-duong");

        JsonNode draft = api.get(PLAN_2025, lead).json().get("draft").get("sections");
        String first = draft.get(1).get("activities").get(0).get("code").asString();
        ApiClient.Response published = MasterPlanEdits.moveAndPublish(api, lead, PLAN_2025, first, "Tỉnh Trà Vinh");
        assertThat(published.status()).as(published.body()).isEqualTo(201);

        for (String member : List.of("kien-giang", "long-an")) {
            await().atMost(SOON).untilAsserted(() -> assertThat(derived(member, "120-kh-ubnd-2025").json()
                    .get("latestMasterVersion").asInt()).as(member).isEqualTo(2));
        }
        PLATFORM.awaitConsumedToTheEnd("province-service.binh-duong", "lienket.master-plans.v1", SOON);
        PLATFORM.awaitConsumedToTheEnd("notification-service.alerts", "lienket.province-plans.v1", SOON);
        ApiClient.Response binhDuongPlan = derived("binh-duong", "120-kh-ubnd-2025");
        assertThat(binhDuongPlan.status()).as("its plan stays readable").isEqualTo(200);
        assertThat(binhDuongPlan.json().get("latestMasterVersion").asInt()).as("not told of version 2").isEqualTo(1);
        assertThat(deliveriesTo(lead, "120-kh-ubnd-2025", "binh-duong")).as("no alert of version 2")
                .isEqualTo(binhDuongDeliveriesBefore);
    }

    private static ApiClient.Response derived(String province, String planId) {
        String token = province.equals("binh-duong") ? binhDuong : PLATFORM.token(province);
        return api.get("/api/provinces/" + province + "/derived-plans/" + planId, token);
    }

    private static Set<String> toldAuthorities(String lead, String planId) {
        Set<String> told = new TreeSet<>();
        api.get("/api/notifications/deliveries?planId=" + planId + "&limit=200", lead).json().valueStream()
                .filter(d -> d.get("channel").asString().equals("EMAIL") && TOLD.contains(d.get("status").asString()))
                .forEach(d -> told.add(d.get("authorityId").asString()));
        return told;
    }

    private static long deliveriesTo(String lead, String planId, String authority) {
        return api.get("/api/notifications/deliveries?planId=" + planId + "&tenant=" + authority + "&limit=200", lead).json()
                .size();
    }

    /** Registers a client through the API as a platform admin and answers a token got with the secret shown once. */
    private static String register(String clientId, String tenant, String... roles) {
        ApiClient.Response registered = api.post("/api/identity/clients", admin, "{\"clientId\":\"" + clientId
                + "\",\"tenant\":\"" + tenant + "\",\"roles\":" + JsonMapper.builder().build().writeValueAsString(roles) + "}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String secret = registered.json().get("clientSecret").asString();
        try {
            String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(PLATFORM.gateway() + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            return JsonMapper.builder().build().readTree(token.body()).get("access_token").asString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
