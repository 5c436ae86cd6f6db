package vn.lienket.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.localplatform.MasterPlanEdits;
import vn.lienket.support.testing.ApiClient;

/**
 * The 2025 map on the running stack, after the next cycle (the stack starts on the map before the
 * mergers): the Mekong plans have open revisions and Kiên Giang has revised the 2025 plan; HCMC
 * closes the 2024 plan; a platform admin applies the Mekong successions of Resolution 202/2025/QH15
 * through the API. An Giang then holds Kiên Giang's revised history, Cần Thơ consolidates three
 * plans into one and publishes it, Kiên Giang's token reads but no longer writes, HCMC's board shows
 * six members for the open plan and thirteen for the closed one, and no unit is told again what it
 * was told before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningPlatform.class)
@Order(5)
class MapSuccessionIT {

    static final LocalPlatform PLATFORM = RunningPlatform.PLATFORM;
    static final Duration SOON = Duration.ofSeconds(90);
    static final String MEKONG = "hcmc-mekong-tourism";
    static final String PLAN_2024 = "/api/master-plans/350-kh-ubnd-2024";
    static final String PLAN_2025_ID = "120-kh-ubnd-2025";
    static final String PLAN_2025 = "/api/master-plans/" + PLAN_2025_ID;
    static final String EFFECTIVE = "2025-07-01";
    static final String BASIS = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh";
    /** The Mekong rows of the table: successor, then the predecessors it absorbs. */
    static final Map<String, List<String>> MEKONG_SUCCESSIONS = mekong();
    static final Set<String> SUCCESSORS = Set.of("tay-ninh", "dong-thap", "vinh-long", "an-giang", "can-tho", "ca-mau");
    static final List<String> PREDECESSORS = MEKONG_SUCCESSIONS.values().stream().flatMap(List::stream).toList();

    static final ProgrammeFixture FIXTURE = ProgrammeFixture.hcmcMekong2024();
    static ApiClient api = PLATFORM.api();
    static String admin = PLATFORM.token("platform-admin");
    static String hcmc = PLATFORM.token("ho-chi-minh-city");
    /** What each predecessor's tourism unit had been told before the successions, by email and by SMS. */
    static final Map<String, Integer> MAILS_BEFORE = new HashMap<>();
    static final Map<String, Long> SMS_BEFORE = new HashMap<>();

    static Map<String, List<String>> mekong() {
        Map<String, List<String>> table = new LinkedHashMap<>();
        table.put("ho-chi-minh-city", List.of("binh-duong", "ba-ria-vung-tau"));
        table.put("tay-ninh", List.of("long-an"));
        table.put("dong-thap", List.of("tien-giang"));
        table.put("vinh-long", List.of("ben-tre", "tra-vinh"));
        table.put("an-giang", List.of("kien-giang"));
        table.put("can-tho", List.of("hau-giang", "soc-trang"));
        table.put("ca-mau", List.of("bac-lieu"));
        return table;
    }

    static String succession(List<String> predecessors, String effectiveOn) {
        return "{\"predecessors\":[" + predecessors.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(","))
                + "],\"effectiveOn\":\"" + effectiveOn + "\",\"legalBasis\":\"" + BASIS + "\"}";
    }

    @Test
    @Order(1)
    void badSuccessionsAreRefusedNamingTheFieldAndChangeNothing() {
        ApiClient.Response itself = api.post("/api/authorities/an-giang/successions", admin,
                succession(List.of("kien-giang", "an-giang"), EFFECTIVE));
        assertThat(itself.status()).as("into itself: " + itself.body()).isBetween(400, 499);
        assertThat(itself.json().get("field").asString()).startsWith("predecessors");

        ApiClient.Response beforeItsStart = api.post("/api/authorities/can-tho/successions", admin,
                succession(List.of("hau-giang"), "2003-06-30"));
        assertThat(beforeItsStart.status()).as("before Hậu Giang existed: " + beforeItsStart.body()).isBetween(400, 499);
        assertThat(beforeItsStart.json().get("field").asString()).isEqualTo("effectiveOn");

        ApiClient.Response unknown = api.post("/api/authorities/an-giang/successions", admin,
                succession(List.of("phu-quoc"), EFFECTIVE));
        assertThat(unknown.status()).as(unknown.body()).isBetween(400, 499);

        ApiClient.Response notAnAdmin = api.post("/api/authorities/an-giang/successions", hcmc,
                succession(List.of("kien-giang"), EFFECTIVE));
        assertThat(notAnAdmin.status()).as("only a platform admin").isEqualTo(403);

        for (String authority : List.of("kien-giang", "hau-giang", "an-giang")) {
            JsonNode entry = api.get("/api/authorities/" + authority, hcmc).json();
            assertThat(entry.get("successions").size()).as(authority + " is unchanged").isZero();
        }
    }

    @Test
    @Order(2)
    void theOpenPlanHasOpenRevisionsKienGiangRevisesAndHcmcClosesThe2024Plan() {
        ApiClient.Response published = MasterPlanEdits.moveAndPublish(api, hcmc, PLAN_2025,
                firstActivityOfSection(2), "Tỉnh Sóc Trăng");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        int version = published.json().get("number").asInt();
        for (String member : FIXTURE.programme().members()) {
            await().atMost(SOON).untilAsserted(() -> assertThat(derived(member, member).json()
                    .get("latestMasterVersion").asInt()).as(member).isEqualTo(version));
        }
        // every member's tourism unit has been told of it (after its digest window) before what they were told is counted
        String told = "120/KH-UBND đã có phiên bản " + version;
        for (String member : FIXTURE.programme().members()) {
            await().atMost(SOON).untilAsserted(() -> assertThat(PLATFORM.mailbox(tourismUnit(member)))
                    .as(member + " told of version " + version)
                    .anySatisfy(m -> assertThat(m.get("subject").asString()).contains(told)));
        }

        String kienGiang = PLATFORM.token("kien-giang");
        ApiClient.Response plan = derived("kien-giang", "kien-giang");
        List<String> resolutions = new ArrayList<>();
        plan.json().get("pendingChanges").forEach(c -> resolutions.add(
                "{\"changeId\":\"" + c.get("changeId").asString() + "\",\"decision\":\"ADOPT\"}"));
        ApiClient.Response revised = api.post("/api/provinces/kien-giang/derived-plans/" + PLAN_2025_ID + "/versions",
                kienGiang, "{\"resolutions\":[" + String.join(",", resolutions) + "]}", "If-Match", plan.header("ETag"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(201);

        ApiClient.Response read2024 = api.get(PLAN_2024, hcmc);
        ApiClient.Response closed = api.post(PLAN_2024 + "/close", hcmc, "", "If-Match", read2024.header("ETag"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);

        PLATFORM.awaitConsumedToTheEnd("notification-service.alerts", "lienket.province-plans.v1", SOON);
        PLATFORM.awaitConsumedToTheEnd("notification-service.escalations", "lienket.compliance.v1", SOON);
        PREDECESSORS.forEach(p -> MAILS_BEFORE.put(p, PLATFORM.mailbox(tourismUnit(p)).size()));
        MAILS_BEFORE.put("an-giang", PLATFORM.mailbox(tourismUnit("an-giang")).size());
        SMS_BEFORE.putAll(smsPerRecipient());
    }

    @Test
    @Order(3)
    void aPlatformAdminAppliesTheMekongSuccessionsOnceAndTheProgrammeHasSixMembers() {
        MEKONG_SUCCESSIONS.forEach((successor, predecessors) -> {
            ApiClient.Response applied = api.post("/api/authorities/" + successor + "/successions", admin,
                    succession(predecessors, EFFECTIVE));
            assertThat(applied.status()).as(successor + ": " + applied.body()).isEqualTo(201);
        });
        ApiClient.Response twice = api.post("/api/authorities/an-giang/successions", admin,
                succession(List.of("kien-giang"), EFFECTIVE));
        assertThat(twice.status()).as("applied twice: " + twice.body()).isEqualTo(409);
        ApiClient.Response intoMerged = api.post("/api/authorities/kien-giang/successions", admin,
                succession(List.of("hoa-binh"), EFFECTIVE));
        assertThat(intoMerged.status()).as("into a merged authority: " + intoMerged.body()).isBetween(400, 499);
        assertThat(api.get("/api/authorities/hoa-binh", hcmc).json().get("successions").size()).isZero();

        JsonNode kienGiang = api.get("/api/authorities/kien-giang", hcmc).json();
        assertThat(kienGiang.get("successions").get(0).get("successor").asString()).isEqualTo("an-giang");
        assertThat(api.get("/api/authorities?q=kien%20giang", hcmc).json().valueStream()
                .map(a -> a.get("id").asString())).as("found by its old name without diacritics").contains("kien-giang");

        await().atMost(SOON).untilAsserted(() -> assertThat(currentMembers(MEKONG)).isEqualTo(new TreeSet<>(SUCCESSORS)));
    }

    @Test
    @Order(4)
    void anGiangHoldsKienGiangsRevisedPlanHistory() {
        String anGiang = PLATFORM.token("an-giang");
        await().atMost(SOON).untilAsserted(() -> {
            JsonNode plan = derived("an-giang", "an-giang").json();
            assertThat(plan.get("takenOver").valueStream().map(t -> t.get("from").asString())).contains("kien-giang");
            JsonNode versions = api.get("/api/provinces/an-giang/derived-plans/" + PLAN_2025_ID + "/versions", anGiang).json();
            assertThat(versions.valueStream().filter(v -> "kien-giang".equals(origin(v))).count())
                    .as("Kiên Giang's versions, the revision among them").isGreaterThanOrEqualTo(2);
        });
        ApiClient.Response archive = api.get("/api/provinces/kien-giang/derived-plans/" + PLAN_2025_ID, anGiang);
        assertThat(archive.status()).as("An Giang reads Kiên Giang's archive: " + archive.body()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void canThoConsolidatesItsPredecessorsPlansAndPublishes() {
        String canTho = PLATFORM.token("can-tho");
        await().atMost(SOON).untilAsserted(() -> {
            JsonNode plan = derived("can-tho", "can-tho").json();
            assertThat(plan.get("status").asString()).isEqualTo("CONSOLIDATING");
            assertThat(plan.get("takenOver").valueStream().map(t -> t.get("from").asString()))
                    .contains("hau-giang", "soc-trang");
        });
        ApiClient.Response plan = derived("can-tho", "can-tho");
        ApiClient.Response early = api.post("/api/provinces/can-tho/derived-plans/" + PLAN_2025_ID + "/versions", canTho,
                "{\"resolutions\":[]}", "If-Match", plan.header("ETag"));
        assertThat(early.status()).as("not yet consolidated: " + early.body()).isEqualTo(422);

        int settled = 0;
        for (JsonNode activity : plan.json().get("consolidation")) {
            if (activity.hasNonNull("fields")) {
                continue;
            }
            String code = activity.get("masterCode").asString();
            JsonNode candidates = activity.get("candidates");
            String keep = candidates.get(settled++ % candidates.size()).get("origin").asString();
            String etag = derived("can-tho", "can-tho").header("ETag");
            ApiClient.Response kept = api.put("/api/provinces/can-tho/derived-plans/" + PLAN_2025_ID + "/consolidation/" + code,
                    canTho, "{\"keep\":\"" + keep + "\"}", "If-Match", etag);
            assertThat(kept.status()).as(code + ": " + kept.body()).isEqualTo(200);
        }
        assertThat(settled).as("activities Cần Thơ settled itself").isPositive();
        ApiClient.Response consolidated = derived("can-tho", "can-tho");
        List<String> resolutions = new ArrayList<>();
        consolidated.json().get("pendingChanges").forEach(c -> resolutions.add(
                "{\"changeId\":\"" + c.get("changeId").asString() + "\",\"decision\":\"ADOPT\"}"));
        ApiClient.Response published = api.post("/api/provinces/can-tho/derived-plans/" + PLAN_2025_ID + "/versions", canTho,
                "{\"resolutions\":[" + String.join(",", resolutions) + "]}", "If-Match", consolidated.header("ETag"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        await().atMost(SOON).untilAsserted(() -> assertThat(boardRow(PLAN_2025, "can-tho").get("status").asString())
                .isEqualTo("REVISED"));
    }

    @Test
    @Order(6)
    void kienGiangsTokenReadsItsArchiveButCanNoLongerWrite() {
        String kienGiang = PLATFORM.token("kien-giang");
        ApiClient.Response plan = derived("kien-giang", "kien-giang");
        assertThat(plan.status()).as("its archive stays readable").isEqualTo(200);
        ApiClient.Response write = api.post("/api/provinces/kien-giang/derived-plans/" + PLAN_2025_ID + "/versions",
                kienGiang, "{\"resolutions\":[]}", "If-Match", plan.header("ETag"));
        assertThat(write.status()).as(write.body()).isEqualTo(403);
        assertThat(write.body()).as("the refusal names the successor").contains("an-giang");
        ApiClient.Response unit = api.post("/api/notifications/authorities/kien-giang/units", kienGiang,
                "{\"name\":\"Báo Kiên Giang\",\"kind\":\"NEWSPAPER\",\"email\":\"bao@kien-giang.lienket.example\"}");
        assertThat(unit.status()).as(unit.body()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void hcmcsBoardShowsSixMembersForTheOpenPlanAndThirteenForTheClosed2024Plan() {
        await().atMost(SOON).untilAsserted(() -> {
            JsonNode board = api.get(PLAN_2025 + "/compliance", hcmc).json();
            Set<String> members = board.get("members").valueStream().map(m -> m.get("memberId").asString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(members).isEqualTo(new TreeSet<>(SUCCESSORS));
            JsonNode anGiang = boardRow(PLAN_2025, "an-giang");
            assertThat(anGiang.get("predecessors").valueStream().map(p -> p.get("memberId").asString()))
                    .as("Kiên Giang's history beneath An Giang").contains("kien-giang");
        });
        JsonNode closed = api.get(PLAN_2024 + "/compliance", hcmc).json();
        assertThat(closed.get("members").valueStream().map(m -> m.get("memberId").asString()))
                .as("the past is not rewritten").hasSize(13).contains("kien-giang", "hau-giang", "soc-trang");
    }

    @Test
    @Order(8)
    void nothingSentBeforeIsSentAgainAndKienGiangsContactsMoveToAnGiang() {
        PLATFORM.awaitConsumedToTheEnd("notification-service.alerts", "lienket.province-plans.v1", SOON);
        for (String predecessor : PREDECESSORS) {
            assertThat(PLATFORM.mailbox(tourismUnit(predecessor))).as(predecessor + " is told nothing new")
                    .hasSize(MAILS_BEFORE.get(predecessor));
        }
        String anGiang = PLATFORM.token("an-giang");
        await().atMost(SOON).untilAsserted(() -> assertThat(api.get(
                "/api/notifications/authorities/an-giang/units?reviewPending=true", anGiang).json().valueStream()
                .map(u -> u.get("movedFrom").asString())).as("Kiên Giang's units, for An Giang to review")
                .anyMatch(from -> from.startsWith("kien-giang.")));
        Map<String, Long> sms = smsPerRecipient();
        for (String predecessor : PREDECESSORS) {
            String numbers = predecessorNumbers(predecessor);
            sms.forEach((recipient, count) -> {
                if (numbers != null && recipient.startsWith(numbers)) {
                    assertThat(count).as("SMS to " + recipient + " of " + predecessor).isEqualTo(SMS_BEFORE.getOrDefault(recipient, 0L));
                }
            });
        }
        await().atMost(SOON).untilAsserted(() -> assertThat(PLATFORM.mailbox(tourismUnit("an-giang")))
                .as("An Giang is told once what it took over (the 2025 plan; the closed 2024 plan is not taken over)")
                .hasSize(MAILS_BEFORE.get("an-giang") + 1));
        PLATFORM.awaitConsumedToTheEnd("notification-service.alerts", "lienket.province-plans.v1", SOON);
        assertThat(PLATFORM.mailbox(tourismUnit("an-giang"))).as("and only once").hasSize(MAILS_BEFORE.get("an-giang") + 1);
    }

    private static String firstActivityOfSection(int index) {
        return api.get(PLAN_2025, hcmc).json().get("draft").get("sections").get(index - 1).get("activities").get(0)
                .get("code").asString();
    }

    private static ApiClient.Response derived(String province, String tokenOf) {
        return api.get("/api/provinces/" + province + "/derived-plans/" + PLAN_2025_ID, PLATFORM.token(tokenOf));
    }

    private static String origin(JsonNode entry) {
        return entry.hasNonNull("origin") ? entry.get("origin").asString() : null;
    }

    private static Set<String> currentMembers(String programme) {
        Set<String> members = new TreeSet<>();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        api.get("/api/programmes/" + programme, hcmc).json().get("memberships").forEach(m -> {
            boolean joined = m.get("joinedOn").isNull() || !LocalDate.parse(m.get("joinedOn").asString()).isAfter(today);
            boolean stays = m.get("leftOn").isNull() || LocalDate.parse(m.get("leftOn").asString()).isAfter(today);
            if (joined && stays) {
                members.add(m.get("authorityId").asString());
            }
        });
        return members;
    }

    private static JsonNode boardRow(String plan, String member) {
        return api.get(plan + "/compliance", hcmc).json().get("members").valueStream()
                .filter(m -> m.get("memberId").asString().equals(member)).findFirst()
                .orElseThrow(() -> new AssertionError(member + " is not on the board of " + plan));
    }

    private static Map<String, Long> smsPerRecipient() {
        return PLATFORM.sms().stream().collect(Collectors.groupingBy(s -> s.get("recipient").asString(), Collectors.counting()));
    }

    /** The prefix of the fictional numbers of a predecessor's units ({@code +8490000<gso code>}), null if it has none. */
    private static String predecessorNumbers(String authority) {
        return FIXTURE.authorities().stream().filter(a -> a.id().equals(authority)).findFirst()
                .map(a -> "+8490000" + a.gsoCode()).orElse(null);
    }

    private static String tourismUnit(String authority) {
        return "so-du-lich@" + authority + ".lienket.example";
    }
}
