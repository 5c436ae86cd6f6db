package vn.lienket.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.MemberProgressMissing;
import vn.lienket.contracts.MemberRevisionReminder;
import vn.lienket.contracts.ProgrammeCreated;
import vn.lienket.contracts.ProgrammeMemberJoined;
import vn.lienket.contracts.ProgrammeMemberLeft;
import vn.lienket.contracts.ProgrammeMembership;
import vn.lienket.contracts.ProgrammeSnapshot;
import vn.lienket.contracts.Topics;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;
import vn.lienket.support.time.VietnamTime;

/**
 * Programme events at run time: an authority new to the directory starts with its tourism
 * department, keeps its own edits however often the events come, and a member that left is no
 * longer alerted for the programme's escalations, which come from their own topics.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true") // the context the other seeded tests share
class ProgrammeEventsIT {

    static final String UNITS = "/api/notifications/authorities/%s/units";
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    vn.lienket.notification.programme.Programmes programmes;

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static AuthorityRef authority(String id) {
        return new AuthorityRef(id, "99", "Tỉnh " + id, "PROVINCE", "Sở Văn hóa, Thể thao và Du lịch tỉnh " + id);
    }

    static ProgrammeSnapshot programme(String id, List<ProgrammeMembership> members, List<AuthorityRef> authorities) {
        return new ProgrammeSnapshot(id, "Chương trình " + id, List.of("TOURISM"), "ho-chi-minh-city", members, START,
                LocalDate.of(2099, 12, 31), ProgrammeSnapshot.ACTIVE, authorities);
    }

    JsonNode units(String authority) {
        return api().get(UNITS.formatted(authority), TestTokens.token(authority, "viewer")).json();
    }

    @Test
    void aNewAuthorityStartsWithItsTourismDepartmentAndKeepsItsOwnEdits() {
        String member = fresh("member");
        String joiner = fresh("joiner");
        List<AuthorityRef> authorities = new ArrayList<>(List.of(authority("ho-chi-minh-city"), authority(member)));
        ProgrammeSnapshot created = programme(fresh("programme"), List.of(new ProgrammeMembership(member, START, null)),
                authorities);
        TestEvents.send(kafka, Topics.PROGRAMMES, new ProgrammeCreated(UUID.randomUUID().toString(), Instant.now(),
                "platform", created));

        await().atMost(Duration.ofSeconds(30)).until(() -> units(member).size() == 1);
        JsonNode started = units(member).get(0);
        assertThat(started.get("id").asString()).isEqualTo(member + ".so-du-lich");
        assertThat(started.get("kind").asString()).isEqualTo("TOURISM_UNIT");
        assertThat(started.get("name").asString()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch tỉnh " + member);
        assertThat(started.get("channels")).isEmpty();
        assertThat(started.get("email").isNull()).isTrue();
        assertThat(units("ho-chi-minh-city").valueStream().filter(u -> u.get("kind").asString().equals("TOURISM_UNIT"))
                .map(u -> u.get("name").asString())).as("the seeded lead keeps its own").containsExactly("Sở Du lịch Thành phố Hồ Chí Minh");

        String path = UNITS.formatted(member) + "/" + member + ".so-du-lich";
        String planner = TestTokens.token(member, "planner");
        ApiClient.Response edited = api().put(path, planner, "{\"name\":\"Sở Du lịch tỉnh " + member + "\",\"kind\":\"TOURISM_UNIT\","
                + "\"email\":\"so-du-lich@" + member + ".example\",\"channels\":[\"EMAIL\"]}", "If-Match",
                api().get(path, planner).header("ETag"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        ApiClient.Response added = api().post(UNITS.formatted(member), planner,
                "{\"name\":\"Báo " + member + "\",\"kind\":\"NEWSPAPER\",\"email\":\"toasoan@" + member + ".example\","
                        + "\"channels\":[\"EMAIL\"]}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        // a member joins: it starts too, and the authority already there keeps its edits
        authorities.add(authority(joiner));
        ProgrammeSnapshot after = programme(created.programmeId(), List.of(new ProgrammeMembership(member, START, null),
                new ProgrammeMembership(joiner, LocalDate.now(), null)), authorities);
        TestEvents.send(kafka, Topics.PROGRAMMES, new ProgrammeMemberJoined(UUID.randomUUID().toString(), Instant.now(),
                "ho-chi-minh-city", joiner, LocalDate.now(), after));
        await().atMost(Duration.ofSeconds(30)).until(() -> units(joiner).size() == 1);
        assertThat(units(member).valueStream().map(u -> u.get("name").asString()))
                .containsExactlyInAnyOrder("Sở Du lịch tỉnh " + member, "Báo " + member);
        assertThat(api().get(path, planner).json().get("email").asString()).isEqualTo("so-du-lich@" + member + ".example");
    }

    @Test
    void aMemberThatLeftIsNoLongerAlertedForTheProgrammesEscalations() {
        // two seeded authorities (their units have contacts) in a programme of the test's own
        String programmeId = fresh("programme");
        String planId = fresh("plan");
        List<AuthorityRef> authorities = List.of(authority("ho-chi-minh-city"), authority("vinh-long"), authority("tra-vinh"));
        LocalDate today = VietnamTime.today(java.time.Clock.systemUTC());
        ProgrammeSnapshot left = programme(programmeId, List.of(new ProgrammeMembership("vinh-long", START, null),
                new ProgrammeMembership("tra-vinh", START, today)), authorities);
        TestEvents.send(kafka, Topics.PROGRAMMES, new ProgrammeMemberLeft(UUID.randomUUID().toString(), Instant.now(),
                "ho-chi-minh-city", "tra-vinh", today, left));

        MemberRevisionReminder toFormer = new MemberRevisionReminder(UUID.randomUUID().toString(), Instant.now(),
                programmeId, "ho-chi-minh-city", planId, "9/KH-UBND", "tra-vinh", 2, today.plusDays(7), 7);
        // the leave is stored before the alerts are sent, so that it is the leave that holds them back
        await().atMost(Duration.ofSeconds(30)).until(() -> programmes.aboutFormerMember(toFormer));
        MemberRevisionReminder toMember = new MemberRevisionReminder(UUID.randomUUID().toString(), Instant.now(),
                programmeId, "ho-chi-minh-city", planId, "9/KH-UBND", "vinh-long", 2, today.plusDays(7), 7);
        MemberProgressMissing missing = new MemberProgressMissing(UUID.randomUUID().toString(), Instant.now(), programmeId,
                "ho-chi-minh-city", planId, "9/KH-UBND", "vinh-long", today.minusDays(1));
        TestEvents.send(kafka, Topics.COMPLIANCE, toFormer);
        TestEvents.send(kafka, Topics.COMPLIANCE, toMember); // same plan, same partition: read after the first
        TestEvents.send(kafka, Topics.PROGRESS_DEADLINES, missing);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(deliveries(toMember.eventId(), "vinh-long")).as("the current member, from the compliance topic")
                    .isNotEmpty();
            assertThat(deliveries(missing.eventId(), "vinh-long")).as("from the progress-deadline topic").isNotEmpty();
        });
        assertThat(deliveries(toFormer.eventId(), "tra-vinh")).as("the member that left").isEmpty();
    }

    List<JsonNode> deliveries(String eventId, String authority) {
        return api().get("/api/notifications/deliveries?eventId=" + eventId, TestTokens.token(authority, "viewer")).json()
                .valueStream().toList();
    }
}
