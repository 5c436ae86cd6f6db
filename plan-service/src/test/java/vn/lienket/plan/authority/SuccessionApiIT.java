package vn.lienket.plan.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.ProgrammeEvent;
import vn.lienket.contracts.ProgrammeMembership;
import vn.lienket.contracts.ProgrammeSuccessionApplied;
import vn.lienket.contracts.Topics;
import vn.lienket.plan.programme.ProgrammeService;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;

/**
 * A platform admin records the 2025 successions through the API (Resolution 202/2025/QH15): the
 * register shows each archive with its successor and each successor with its predecessors and new
 * code, {@code lienket.authorities.v1} carries each succession, and every programme a predecessor had
 * a part in follows once: An Giang once where Kiên Giang and An Giang were members, Tuyên Quang
 * leading where Hà Giang led, an archived programme and a closed plan as they were. Bad input is a
 * problem naming the field, with the register and the topic unchanged.
 *
 * <p>Its own store database, without the seed: the successions change the register, which the
 * other tests of the module share in theirs.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.store.database=lienket-plan-successions")
class SuccessionApiIT {

    static final String ADMIN = TestTokens.token("platform", "platform-admin");
    static final String HCMC = TestTokens.token("ho-chi-minh-city", "coordinator");
    static final String VIEWER = TestTokens.token("ca-mau", "viewer");
    static final String BASIS = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành "
            + "chính cấp tỉnh";
    static final LocalDate DAY = LocalDate.of(2025, 7, 1);
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ProgrammeService programmeService;

    @Autowired
    Programmes programmes;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String succession(List<String> predecessors, String effectiveOn, String legalBasis, String code, String seat) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("predecessors", predecessors);
        body.put("effectiveOn", effectiveOn);
        body.put("legalBasis", legalBasis);
        if (code != null) {
            body.put("code", code);
            body.put("codeConfirmed", false);
            body.put("codeNote", "Decision 19/2025/QĐ-TTg not available; agrees with secondary published lists");
        }
        if (seat != null) {
            body.put("seat", seat);
        }
        return ApiClient.json(body);
    }

    String createProgramme(String lead, List<String> members) {
        String id = unique("p");
        ApiClient.Response created = api().post("/api/programmes", ADMIN, ApiClient.json(Map.of("id", id,
                "name", "Chương trình " + id, "sectors", List.of("tourism"), "leadAuthority", lead, "members", members,
                "period", Map.of("from", START.toString()))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return id;
    }

    /** The whole register as read, to compare before and after a request refused. */
    String register() {
        ApiClient.Response all = api().get("/api/authorities?limit=200", VIEWER);
        assertThat(all.status()).isEqualTo(200);
        return all.body();
    }

    List<AuthoritySucceeded> successionsOnTheTopic() {
        return TestEvents.readAll(broker.getBrokersAsString(), Topics.AUTHORITIES, AuthoritySucceeded.class);
    }

    List<ProgrammeSuccessionApplied> appliedTo(String programmeId) {
        List<ProgrammeSuccessionApplied> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TestEvents.readAll(broker.getBrokersAsString(), Topics.PROGRAMMES)) {
            if (programmeId.equals(record.key())) {
                IncomingEvents.parse(record).filter(ProgrammeSuccessionApplied.class::isInstance)
                        .map(ProgrammeSuccessionApplied.class::cast).ifPresent(events::add);
            }
        }
        return events;
    }

    List<String> ids(String path) {
        ApiClient.Response response = api().get(path, VIEWER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().valueStream().map(a -> a.get("id").asString()).toList();
    }

    @Test
    void aSuccessionIsRecordedPublishedShownInTheRegisterAndFollowedByEachProgrammeOnce() {
        String mekong = createProgramme("ho-chi-minh-city",
                List.of("kien-giang", "an-giang", "binh-duong", "hau-giang", "soc-trang", "ca-mau"));
        String northWest = createProgramme("ha-giang", List.of("tuyen-quang", "lao-cai"));
        String archived = createProgramme("ho-chi-minh-city", List.of("kien-giang"));
        assertThat(api().post("/api/programmes/" + archived + "/archive", ADMIN, "").status()).isEqualTo(200);
        // a plan of the Mekong programme closed before the successions keeps its members as they were
        ApiClient.Response plan = api().post("/api/programmes/" + mekong + "/master-plans", HCMC, ApiClient.json(Map.of(
                "number", "350/KH-UBND", "title", "Kế hoạch 350", "issuer", "Ủy ban nhân dân Thành phố Hồ Chí Minh",
                "issuedOn", "2024-03-01", "period", Map.of("from", "2024-01-01", "to", "2024-12-31"))));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        String planPath = plan.header("Location");
        ApiClient.Response closed = api().post(planPath + "/close", HCMC, "", "If-Match", plan.header("ETag"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        List<String> membersBefore = List.of("kien-giang", "an-giang", "binh-duong", "hau-giang", "soc-trang", "ca-mau");
        assertThat(closed.json().get("membersAtClose").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(membersBefore);

        ApiClient.Response recorded = api().post("/api/authorities/an-giang/successions", ADMIN,
                succession(List.of("kien-giang"), "2025-07-01", BASIS, "91", "Rạch Giá"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.header("Location")).isEqualTo("/api/authorities/an-giang/successions/an-giang@2025-07-01");
        assertThat(recorded.json().get("id").asString()).isEqualTo("an-giang@2025-07-01");
        assertThat(recorded.json().get("predecessors").valueStream().map(JsonNode::asString)).containsExactly("kien-giang");
        assertThat(recorded.json().get("legalBasis").asString()).isEqualTo(BASIS);
        assertThat(recorded.json().get("codeConfirmed").asBoolean()).isFalse();
        assertThat(recorded.json().get("recordedBy").asString()).isEqualTo("platform");
        for (String[] s : new String[][] {{"ho-chi-minh-city", "binh-duong", "ba-ria-vung-tau"},
                {"can-tho", "hau-giang", "soc-trang"}, {"tuyen-quang", "ha-giang"}}) {
            List<String> predecessors = List.of(s).subList(1, s.length);
            ApiClient.Response more = api().post("/api/authorities/" + s[0] + "/successions", ADMIN,
                    succession(predecessors, "2025-07-01", BASIS, null, null));
            assertThat(more.status()).as(more.body()).isEqualTo(201);
        }

        // the register: the archive with its successor, the successor with its predecessors and new code
        JsonNode kienGiang = api().get("/api/authorities/kien-giang", VIEWER).json();
        assertThat(kienGiang.get("validTo").asString()).isEqualTo("2025-07-01");
        assertThat(kienGiang.get("successions").get(0).get("successor").asString()).isEqualTo("an-giang");
        assertThat(kienGiang.get("successions").get(0).get("effectiveOn").asString()).isEqualTo("2025-07-01");
        assertThat(kienGiang.get("successions").get(0).get("legalBasis").asString()).isEqualTo(BASIS);
        JsonNode anGiang = api().get("/api/authorities/an-giang", VIEWER).json();
        assertThat(anGiang.get("code").asString()).isEqualTo("91");
        assertThat(anGiang.get("seat").asString()).isEqualTo("Rạch Giá");
        assertThat(anGiang.get("codeConfirmed").asBoolean()).isFalse();
        assertThat(anGiang.get("codeNote").asString()).contains("19/2025/QĐ-TTg");
        assertThat(anGiang.get("formerCodes").get(0).get("code").asString()).isEqualTo("89");
        assertThat(anGiang.get("predecessors").get(0).get("authorityId").asString()).isEqualTo("kien-giang");
        assertThat(ids("/api/authorities?q=kien%20giang")).containsExactly("kien-giang");
        assertThat(ids("/api/authorities?q=Ki%C3%AAn%20Giang")).containsExactly("kien-giang");
        assertThat(ids("/api/authorities?q=kien%20giang&on=2025-07-01")).isEmpty();
        assertThat(ids("/api/authorities?on=2025-07-01&limit=200")).doesNotContain("kien-giang", "binh-duong", "ha-giang")
                .contains("an-giang", "can-tho");
        assertThat(ids("/api/authorities/kien-giang/successions")).containsExactly("an-giang@2025-07-01");
        assertThat(ids("/api/authorities/an-giang/successions")).containsExactly("an-giang@2025-07-01");
        assertThat(api().get(recorded.header("Location"), VIEWER).json().get("successor").asString()).isEqualTo("an-giang");
        assertThat(api().get("/api/authorities/ca-mau/successions/an-giang@2025-07-01", VIEWER).status()).isEqualTo(404);

        // the topic: one event per succession, keyed by it, with the successor as it is from that day
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(successionsOnTheTopic())
                .extracting(AuthoritySucceeded::successionId).contains("an-giang@2025-07-01", "ho-chi-minh-city@2025-07-01",
                        "can-tho@2025-07-01", "tuyen-quang@2025-07-01"));
        AuthoritySucceeded anGiangEvent = successionsOnTheTopic().stream()
                .filter(e -> e.successionId().equals("an-giang@2025-07-01")).findFirst().orElseThrow();
        assertThat(anGiangEvent.successor()).isEqualTo(new AuthorityRef("an-giang", "91", "Tỉnh An Giang", "PROVINCE",
                "Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang"));
        assertThat(anGiangEvent.predecessorIds()).containsExactly("kien-giang");
        assertThat(anGiangEvent.effectiveOn()).isEqualTo(DAY);
        assertThat(anGiangEvent.legalBasis()).isEqualTo(BASIS);
        assertThat(anGiangEvent.by()).isEqualTo("platform");

        // the programmes: one event per succession that touched them, An Giang and Cần Thơ once each
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(appliedTo(mekong))
                .extracting(ProgrammeSuccessionApplied::successionId)
                .containsExactlyInAnyOrder("an-giang@2025-07-01", "ho-chi-minh-city@2025-07-01", "can-tho@2025-07-01"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(appliedTo(northWest)).hasSize(1));
        JsonNode mekongNow = api().get("/api/programmes/" + mekong, HCMC).json();
        assertThat(mekongNow.get("leadAuthority").asString()).isEqualTo("ho-chi-minh-city");
        List<ProgrammeMembership> memberships = programmes.get(mekong).memberships();
        assertThat(programmes.get(mekong).members()).containsExactly("an-giang", "ca-mau", "can-tho");
        assertThat(memberships).contains(new ProgrammeMembership("kien-giang", START, DAY, "an-giang"),
                new ProgrammeMembership("binh-duong", START, DAY, "ho-chi-minh-city"),
                new ProgrammeMembership("hau-giang", START, DAY, "can-tho"),
                new ProgrammeMembership("soc-trang", START, DAY, "can-tho"),
                new ProgrammeMembership("can-tho", DAY, null));
        assertThat(memberships).filteredOn(m -> m.authorityId().equals("an-giang")).hasSize(1);
        assertThat(memberships).filteredOn(m -> m.authorityId().equals("can-tho")).hasSize(1);
        ProgrammeSuccessionApplied canTho = appliedTo(mekong).stream()
                .filter(e -> e.successionId().equals("can-tho@2025-07-01")).findFirst().orElseThrow();
        assertThat(canTho.predecessors()).containsExactly("hau-giang", "soc-trang");
        assertThat(canTho.successor()).isEqualTo("can-tho");
        assertThat(canTho.programme().authority("can-tho")).isPresent();
        ProgrammeSuccessionApplied anGiangApplied = appliedTo(mekong).stream()
                .filter(e -> e.successionId().equals("an-giang@2025-07-01")).findFirst().orElseThrow();
        assertThat(anGiangApplied.predecessors()).containsExactly("kien-giang");
        assertThat(anGiangApplied.programme().authority("an-giang").orElseThrow().code()).isEqualTo("91");
        assertThat(programmes.get(northWest).leadAuthority()).isEqualTo("tuyen-quang");
        assertThat(programmes.get(northWest).members()).containsExactly("lao-cai");
        assertThat(appliedTo(northWest).get(0).programme().leadAuthority()).isEqualTo("tuyen-quang");
        assertThat(programmes.get(archived).members()).containsExactly("kien-giang");
        assertThat(appliedTo(archived)).isEmpty();
        assertThat(api().get("/api/programmes/" + mekong + "/audit", ADMIN).json().valueStream()
                .map(a -> a.get("action").asString())).contains("programme.succession-applied");

        // the archive no longer takes part in the programme; the closed plan keeps its members, and Kiên Giang reads it
        assertThat(api().get("/api/programmes/" + mekong, TestTokens.token("kien-giang", "planner")).status()).isEqualTo(403);
        assertThat(api().get("/api/programmes/" + mekong, TestTokens.token("can-tho", "planner")).status()).isEqualTo(200);
        ApiClient.Response closedPlan = api().get(planPath, TestTokens.token("kien-giang", "planner"));
        assertThat(closedPlan.status()).as(closedPlan.body()).isEqualTo(200);
        assertThat(closedPlan.json().get("membersAtClose").valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(membersBefore);

        // delivered again (a redelivery, a replay of the topic): nothing changes, nothing is sent
        String etag = api().get("/api/programmes/" + mekong, HCMC).header("ETag");
        assertThat(programmeService.applySuccession(anGiangEvent)).isEmpty();
        successionsOnTheTopic().forEach(e -> assertThat(programmeService.applySuccession(e)).isEmpty());
        assertThat(programmes.get(mekong).memberships()).isEqualTo(memberships);
        assertThat(api().get("/api/programmes/" + mekong, HCMC).header("ETag")).isEqualTo(etag);
        assertThat(appliedTo(mekong)).hasSize(3);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndNeitherTheRegisterNorTheTopicChanges() {
        ApiClient.Response phuTho = api().post("/api/authorities/phu-tho/successions", ADMIN,
                succession(List.of("vinh-phuc", "hoa-binh"), "2025-07-01", BASIS, "25", "Việt Trì"));
        assertThat(phuTho.status()).as(phuTho.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(successionsOnTheTopic())
                .extracting(AuthoritySucceeded::successionId).contains("phu-tho@2025-07-01"));
        String registerBefore = register();
        int eventsBefore = successionsOnTheTopic().size();

        record Case(String field, int status, String successor, String body) {
        }
        List<Case> cases = List.of(
                // into itself
                new Case("predecessors[1]", 400, "lao-cai", succession(List.of("yen-bai", "lao-cai"), "2025-07-01", BASIS, null, null)),
                // into one that is itself merged
                new Case("successorId", 409, "vinh-phuc", succession(List.of("yen-bai"), "2025-07-01", BASIS, null, null)),
                // applied twice
                new Case("predecessors[0]", 409, "phu-tho", succession(List.of("vinh-phuc", "hoa-binh"), "2025-07-01", BASIS, null, null)),
                // a predecessor succeeded already, into another successor
                new Case("predecessors[1]", 409, "lao-cai", succession(List.of("yen-bai", "hoa-binh"), "2025-07-01", BASIS, null, null)),
                // before a predecessor's own start (Điện Biên and Lai Châu began on 1 January 2004)
                new Case("effectiveOn", 400, "son-la", succession(List.of("dien-bien"), "2003-06-30", BASIS, null, null)),
                // before the successor's own start
                new Case("effectiveOn", 400, "lai-chau", succession(List.of("son-la"), "2003-06-30", BASIS, null, null)),
                new Case("successorId", 404, "atlantis", succession(List.of("yen-bai"), "2025-07-01", BASIS, null, null)),
                new Case("predecessors[0]", 400, "lao-cai", succession(List.of("phu-quoc"), "2025-07-01", BASIS, null, null)),
                new Case("predecessors", 400, "lao-cai", succession(List.of(), "2025-07-01", BASIS, null, null)),
                new Case("predecessors", 400, "lao-cai", "{\"effectiveOn\":\"2025-07-01\",\"legalBasis\":\"x\"}"),
                new Case("predecessors[1]", 400, "lao-cai", succession(List.of("yen-bai", "yen-bai"), "2025-07-01", BASIS, null, null)),
                new Case("effectiveOn", 400, "lao-cai", succession(List.of("yen-bai"), null, BASIS, null, null)),
                new Case("legalBasis", 400, "lao-cai", succession(List.of("yen-bai"), "2025-07-01", null, null, null)),
                new Case("legalBasis", 400, "lao-cai", succession(List.of("yen-bai"), "2025-07-01", " ", null, null)),
                new Case("code", 400, "lao-cai", succession(List.of("yen-bai"), "2025-07-01", BASIS, "X1", null)));

        for (Case c : cases) {
            ApiClient.Response refused = api().post("/api/authorities/" + c.successor() + "/successions", ADMIN, c.body());
            assertThat(refused.status()).as(c + " " + refused.body()).isEqualTo(c.status());
            assertThat(refused.contentType()).as(c.toString()).startsWith("application/problem+json");
            assertThat(refused.json().get("field").asString()).as(c + " " + refused.body()).isEqualTo(c.field());
            assertThat(register()).as(c.toString()).isEqualTo(registerBefore);
        }
        assertThat(ids("/api/authorities/yen-bai/successions")).isEmpty();
        assertThat(successionsOnTheTopic()).hasSize(eventsBefore);
        // only a platform admin records one
        assertThat(api().post("/api/authorities/lao-cai/successions", HCMC,
                succession(List.of("yen-bai"), "2025-07-01", BASIS, null, null)).status()).isEqualTo(403);
        assertThat(register()).isEqualTo(registerBefore);
    }

    @Test
    void theSeededTableIsAppliedOnceHoweverOftenTheSeedRuns(@Autowired SuccessionService service,
                                                          @Autowired Successions successions) {
        List<SuccessionTable.Entry> table = SuccessionTable.seeded().stream()
                .filter(e -> e.successorId().equals("ca-mau") || e.successorId().equals("vinh-long")).toList();
        vn.lienket.support.security.Caller seed = new vn.lienket.support.security.Caller("seed", "platform",
                java.util.Set.of("platform-admin"));

        assertThat(service.applyAll(table, seed)).extracting(AuthoritySuccession::id)
                .containsExactly("vinh-long@2025-07-01", "ca-mau@2025-07-01");
        assertThat(service.applyAll(table, seed)).isEmpty();
        assertThat(successions.find("ca-mau@2025-07-01").orElseThrow().codeConfirmed()).isFalse();
        JsonNode caMau = api().get("/api/authorities/ca-mau", VIEWER).json();
        assertThat(caMau.get("code").asString()).isEqualTo("96");
        assertThat(caMau.get("seat").asString()).isEqualTo("Cà Mau");
        assertThat(caMau.get("formerCodes").isEmpty()).as("its code and name stay").isTrue();
        assertThat(api().get("/api/authorities/bac-lieu", VIEWER).json().get("validTo").asString()).isEqualTo("2025-07-01");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(successionsOnTheTopic())
                .filteredOn(e -> e.successionId().equals("ca-mau@2025-07-01")).hasSize(1));
    }
}
