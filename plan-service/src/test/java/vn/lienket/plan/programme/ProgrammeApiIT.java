package vn.lienket.plan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.ProgrammeArchived;
import vn.lienket.contracts.ProgrammeCreated;
import vn.lienket.contracts.ProgrammeEvent;
import vn.lienket.contracts.ProgrammeMemberJoined;
import vn.lienket.contracts.ProgrammeMemberLeft;
import vn.lienket.contracts.ProgrammeMembership;
import vn.lienket.contracts.Topics;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;

/**
 * A platform admin creates the bilateral programme of Tiền Giang and HCMC; Tiền Giang's coordinator
 * adds a member, records one leaving and archives it. Each change is on {@code lienket.programmes.v1}
 * with the whole programme; bad input is a problem naming the field, with nothing stored or sent.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true") // the context the other seeded tests share
class ProgrammeApiIT {

    static final String ADMIN = TestTokens.token("platform", "platform-admin");
    static final String TIEN_GIANG = TestTokens.token("tien-giang", "coordinator");
    static final String HCMC_PLANNER = TestTokens.token("ho-chi-minh-city", "planner");

    @LocalServerPort
    int port;

    /** This context's own broker: the bootstrap property is a system property that the last context started overwrites. */
    @Autowired
    EmbeddedKafkaBroker broker;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String programme(String id, String lead, List<String> members, String from, String to, List<String> sectors) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", id);
        body.put("name", "Chương trình hợp tác phát triển kinh tế - xã hội giữa tỉnh Tiền Giang và Thành phố Hồ Chí Minh");
        body.put("sectors", sectors);
        body.put("leadAuthority", lead);
        body.put("members", members);
        body.put("period", Map.of("from", from, "to", to));
        return ApiClient.json(body);
    }

    static String bilateral(String id) {
        return programme(id, "tien-giang", List.of("ho-chi-minh-city"), "2023-01-01", "2025-12-31",
                List.of("tourism", "agriculture", "trade"));
    }

    List<ProgrammeEvent> eventsOf(String programmeId) {
        List<ProgrammeEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TestEvents.readAll(broker.getBrokersAsString(), Topics.PROGRAMMES)) {
            if (programmeId.equals(record.key())) {
                assertThat(IncomingEvents.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/plan-service");
                IncomingEvents.parse(record).filter(ProgrammeEvent.class::isInstance).map(ProgrammeEvent.class::cast)
                        .ifPresent(events::add);
            }
        }
        return events;
    }

    @Test
    void aPlatformAdminCreatesAProgrammeAndItsEventCarriesTheWholeProgramme() {
        String id = unique("tien-giang-hcmc");

        ApiClient.Response created = api().post("/api/programmes", ADMIN, bilateral(id));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/programmes/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.json().get("status").asString()).isEqualTo("ACTIVE");
        ApiClient.Response read = api().get("/api/programmes/" + id, HCMC_PLANNER);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json().get("sectors").valueStream().map(JsonNode::asString)).containsExactly("tourism", "agriculture", "trade");
        assertThat(api().get("/api/programmes/" + id, TestTokens.token("kien-giang", "planner")).status()).isEqualTo(403);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(eventsOf(id)).singleElement()
                .isInstanceOfSatisfying(ProgrammeCreated.class, event -> {
                    assertThat(event.by()).isEqualTo("platform");
                    assertThat(event.programme().leadAuthority()).isEqualTo("tien-giang");
                    assertThat(event.programme().sectors()).containsExactly("tourism", "agriculture", "trade");
                    assertThat(event.programme().periodFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
                    assertThat(event.programme().periodTo()).isEqualTo(LocalDate.of(2025, 12, 31));
                    assertThat(event.programme().members()).containsExactly(
                            new ProgrammeMembership("ho-chi-minh-city", LocalDate.of(2023, 1, 1), null));
                    assertThat(event.programme().authorities()).containsExactly(
                            new AuthorityRef("tien-giang", "82", "Tỉnh Tiền Giang", "PROVINCE",
                                    "Sở Văn hóa, Thể thao và Du lịch tỉnh Tiền Giang"),
                            new AuthorityRef("ho-chi-minh-city", "79", "Thành phố Hồ Chí Minh", "CENTRAL_CITY",
                                    "Sở Du lịch Thành phố Hồ Chí Minh"));
                }));
    }

    @Test
    void withoutAnIdTheProgrammeIsNamedBySlugOfItsNameAndTheSameNameTwiceIsAConflict() {
        String name = "Liên kết du lịch " + UUID.randomUUID().toString().substring(0, 6) + " Đồng Tháp – An Giang";
        String body = ApiClient.json(Map.of("name", name, "sectors", List.of("tourism"), "leadAuthority", "dong-thap",
                "members", List.of("an-giang"), "period", Map.of("from", "2025-01-01")));

        ApiClient.Response created = api().post("/api/programmes", ADMIN, body);
        ApiClient.Response again = api().post("/api/programmes", ADMIN, body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("id").asString()).isEqualTo(ProgrammeService.slugOf(name)).startsWith("lien-ket-du-lich-");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("field").asString()).isEqualTo("id");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndNothingIsStoredOrSent() {
        record Case(String field, int status, String id, String body) {
        }
        List<Case> cases = new ArrayList<>();
        String id;
        id = unique("unknown-lead");
        cases.add(new Case("leadAuthority", 400, id, programme(id, "phu-quoc", List.of("ho-chi-minh-city"), "2023-01-01", "2025-12-31", List.of("tourism"))));
        id = unique("unknown-member");
        cases.add(new Case("members[1]", 400, id, programme(id, "tien-giang", List.of("ho-chi-minh-city", "atlantis"), "2023-01-01", "2025-12-31", List.of("tourism"))));
        id = unique("member-not-yet");
        cases.add(new Case("members[0]", 400, id, programme(id, "tien-giang", List.of("dak-nong"), "2003-01-01", "2025-12-31", List.of("tourism"))));
        id = unique("duplicate-member");
        cases.add(new Case("members[1]", 400, id, programme(id, "tien-giang", List.of("ben-tre", "ben-tre"), "2023-01-01", "2025-12-31", List.of("tourism"))));
        id = unique("lead-as-member");
        cases.add(new Case("members[0]", 400, id, programme(id, "tien-giang", List.of("tien-giang"), "2023-01-01", "2025-12-31", List.of("tourism"))));
        id = unique("backwards");
        cases.add(new Case("period.to", 400, id, programme(id, "tien-giang", List.of("ho-chi-minh-city"), "2025-01-01", "2023-12-31", List.of("tourism"))));
        id = unique("no-sectors");
        cases.add(new Case("sectors", 400, id, programme(id, "tien-giang", List.of("ho-chi-minh-city"), "2023-01-01", "2025-12-31", List.of())));
        id = unique("malformed-date");
        cases.add(new Case("period.from", 400, id, programme(id, "tien-giang", List.of("ho-chi-minh-city"), "1/1/2023", "2025-12-31", List.of("tourism"))));

        for (Case c : cases) {
            ApiClient.Response refused = api().post("/api/programmes", ADMIN, c.body());
            assertThat(refused.status()).as(c.id() + " " + refused.body()).isEqualTo(c.status());
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("field").asString()).as(c.id()).endsWith(c.field());
            assertThat(api().get("/api/programmes/" + c.id(), TIEN_GIANG).status()).as(c.id()).isEqualTo(404);
        }
        assertThat(api().post("/api/programmes", TIEN_GIANG, bilateral(unique("not-an-admin"))).status()).isEqualTo(403);

        List<String> refusedIds = cases.stream().map(Case::id).toList();
        assertThat(TestEvents.readAll(broker.getBrokersAsString(), Topics.PROGRAMMES)).extracting(ConsumerRecord::key)
                .doesNotContainAnyElementsOf(refusedIds);
    }

    @Test
    void theLeadAddsAMemberRecordsOneLeavingAndArchivesEachChangeAnEventAndAnEntryInTheTrail() {
        String id = unique("tien-giang-hcmc");
        String path = "/api/programmes/" + id;
        assertThat(api().post("/api/programmes", ADMIN, bilateral(id)).status()).isEqualTo(201);

        ApiClient.Response joined = api().post(path + "/members", TIEN_GIANG, "{\"authorityId\":\"ben-tre\",\"joinedOn\":\"2024-03-01\"}");
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.header("ETag")).isEqualTo("\"2\"");
        ApiClient.Response twice = api().post(path + "/members", TIEN_GIANG, "{\"authorityId\":\"ben-tre\",\"joinedOn\":\"2024-04-01\"}");
        ApiClient.Response unknown = api().post(path + "/members", TIEN_GIANG, "{\"authorityId\":\"atlantis\"}");
        ApiClient.Response stale = api().post(path + "/members", TIEN_GIANG, "{\"authorityId\":\"tra-vinh\",\"joinedOn\":\"2024-04-01\"}",
                "If-Match", "\"1\"");
        ApiClient.Response byAMember = api().post(path + "/members", HCMC_PLANNER, "{\"authorityId\":\"tra-vinh\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("field").asString()).isEqualTo("authorityId");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("authorityId");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(byAMember.status()).isEqualTo(403);

        ApiClient.Response left = api().delete(path + "/members/ho-chi-minh-city?from=2025-07-01", TIEN_GIANG, "If-Match", "\"2\"");
        assertThat(left.status()).as(left.body()).isEqualTo(200);
        assertThat(left.json().get("memberships").valueStream().map(m -> m.get("authorityId").asString() + " "
                + m.get("joinedOn").asString() + " to " + (m.get("leftOn").isNull() ? "…" : m.get("leftOn").asString())))
                .containsExactly("ho-chi-minh-city 2023-01-01 to 2025-07-01", "ben-tre 2024-03-01 to …");
        ApiClient.Response notAMember = api().delete(path + "/members/kien-giang", TIEN_GIANG);
        assertThat(notAMember.status()).isEqualTo(409);
        assertThat(notAMember.json().get("field").asString()).isEqualTo("authorityId");
        assertThat(api().get(path, HCMC_PLANNER).status()).as("a former member reads nothing of it now").isEqualTo(403);

        ApiClient.Response archived = api().post(path + "/archive", ADMIN, "");
        assertThat(archived.status()).as(archived.body()).isEqualTo(200);
        assertThat(archived.json().get("status").asString()).isEqualTo("ARCHIVED");
        ApiClient.Response afterArchive = api().post(path + "/members", TIEN_GIANG, "{\"authorityId\":\"tra-vinh\"}");
        ApiClient.Response leaveAfterArchive = api().delete(path + "/members/ben-tre", TIEN_GIANG);
        assertThat(List.of(afterArchive, leaveAfterArchive)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.json().get("field").asString()).isEqualTo("programmeId");
        });

        ApiClient.Response trail = api().get(path + "/audit", TIEN_GIANG);
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.json().valueStream().map(e -> e.get("action").asString() + " by " + e.get("principal").asString()))
                .containsExactly("programme.archived by platform", "member.left by tien-giang",
                        "member.joined by tien-giang", "programme.created by platform");
        assertThat(api().get(path + "/audit", HCMC_PLANNER).status()).isEqualTo(403);
        assertThat(api().get(path, TIEN_GIANG).header("ETag")).isEqualTo("\"4\"");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ProgrammeEvent> events = eventsOf(id);
            assertThat(events).extracting(ProgrammeEvent::type).containsExactly(ProgrammeCreated.TYPE,
                    ProgrammeMemberJoined.TYPE, ProgrammeMemberLeft.TYPE, ProgrammeArchived.TYPE);
            assertThat(events.get(1)).isInstanceOfSatisfying(ProgrammeMemberJoined.class, e -> {
                assertThat(e.memberId()).isEqualTo("ben-tre");
                assertThat(e.joinedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
                assertThat(e.programme().membersOn(LocalDate.of(2024, 3, 1))).containsExactly("ho-chi-minh-city", "ben-tre");
                assertThat(e.programme().authority("ben-tre")).map(AuthorityRef::code).contains("83");
            });
            assertThat(events.get(2)).isInstanceOfSatisfying(ProgrammeMemberLeft.class, e -> {
                assertThat(e.memberId()).isEqualTo("ho-chi-minh-city");
                assertThat(e.leftOn()).isEqualTo(LocalDate.of(2025, 7, 1));
                assertThat(e.programme().membersOn(LocalDate.of(2025, 7, 1))).containsExactly("ben-tre");
            });
            assertThat(events.get(3).programme().status()).isEqualTo("ARCHIVED");
        });
    }

    @Test
    void theListShowsAnAdminEveryProgrammeAndOthersTheirOwnAPageAtATime() {
        String id = unique("tien-giang-hcmc");
        assertThat(api().post("/api/programmes", ADMIN, bilateral(id)).status()).isEqualTo(201);

        List<String> all = new ArrayList<>();
        String next = "/api/programmes?limit=1";
        while (next != null) {
            ApiClient.Response page = api().get(next, ADMIN);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().size()).isLessThanOrEqualTo(1);
            page.json().valueStream().forEach(p -> all.add(p.get("id").asString()));
            String link = page.header("Link");
            next = link == null ? null : link.substring(1, link.indexOf('>'));
        }
        assertThat(all).contains(id, "hcmc-mekong-tourism", "northwest-hcmc-tourism").isSorted().doesNotHaveDuplicates();

        List<String> kienGiang = api().get("/api/programmes", TestTokens.token("kien-giang", "viewer")).json().valueStream()
                .map(p -> p.get("id").asString()).toList();
        assertThat(kienGiang).contains("hcmc-mekong-tourism").doesNotContain(id, "northwest-hcmc-tourism");
        assertThat(api().get("/api/programmes?limit=0", ADMIN).status()).isEqualTo(400);
    }

    @Test
    void theSeededProgrammesWereCreatedThroughTheService() {
        // their events are on the broker of whichever test context seeded the store first: ProgrammeSeedIT checks the seed's events
        for (String id : List.of("hcmc-mekong-tourism", "northwest-hcmc-tourism")) {
            ApiClient.Response trail = api().get("/api/programmes/" + id + "/audit", ADMIN);
            assertThat(trail.json().valueStream().map(e -> e.get("action").asString() + " by " + e.get("principal").asString()))
                    .as(id).endsWith("programme.created by seed");
        }
        JsonNode mekong = api().get("/api/programmes/hcmc-mekong-tourism", TestTokens.token("ca-mau", "viewer")).json();
        assertThat(mekong.get("sectors").valueStream().map(JsonNode::asString)).containsExactly("tourism");
        assertThat(mekong.get("memberships")).hasSize(13);
    }
}
