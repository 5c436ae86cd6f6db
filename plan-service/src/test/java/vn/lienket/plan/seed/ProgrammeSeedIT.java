package vn.lienket.plan.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;
import vn.lienket.contracts.ProgrammeCreated;
import vn.lienket.contracts.Topics;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.plan.authority.Authorities;
import vn.lienket.plan.authority.SuccessionService;
import vn.lienket.plan.masterplan.MasterPlanService;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.programme.ProgrammeService;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;

/**
 * The seed creates a fixture's programme through the programme service, with its event, once; then
 * publishes its plan as version 1. Run here on a fixture file of a programme no other test seeded,
 * since the store outlives each test context's broker.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true") // the context the other seeded tests share
class ProgrammeSeedIT {

    @Autowired
    Programmes programmes;
    @Autowired
    ProgrammeService programmeService;
    @Autowired
    Authorities authorities;
    @Autowired
    MasterPlans masterPlans;
    @Autowired
    MasterPlanService masterPlanService;
    @Autowired
    SuccessionService successions;
    @Autowired
    MongoDatabase database;
    @Autowired
    Clock clock;

    /** This context's own broker: the bootstrap property is a system property that the last context started overwrites. */
    @Autowired
    EmbeddedKafkaBroker broker;

    @TempDir
    Path dir;

    /** The 2024 Mekong fixture under another programme id and plan number, with one generated member the register lacks. */
    Path fixture(String programmeId, String number) throws Exception {
        String json;
        try (var in = ProgrammeFixture.class.getClassLoader().getResourceAsStream("fixtures/hcmc-mekong-2024.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        json = json
                .replace("\"hcmc-mekong-tourism\"", "\"" + programmeId + "\"")
                .replace("\"350/KH-UBND\"", "\"" + number + "\"")
                .replace("\"ca-mau\"]", "\"ca-mau\", \"bench-77\"]")
                .replace("\"authorities\": [", "\"authorities\": [{\"id\": \"bench-77\", \"name\": \"Tỉnh Đo tải 77\","
                        + " \"gsoCode\": \"977\", \"tourismUnit\": \"Sở Du lịch tỉnh Đo tải 77\"},");
        Path file = dir.resolve(programmeId + ".json");
        Files.writeString(file, json);
        return file;
    }

    ProgrammeSeed seed(Path file) {
        return new ProgrammeSeed(programmes, programmeService, authorities, masterPlans, masterPlanService, successions,
                clock, file.toString(), ProgrammeSeed.WORLD_2024);
    }

    @Test
    void aFixtureProgrammeIsCreatedOnceThroughTheServiceWithItsEventAndItsPlanPublished() throws Exception {
        String id = "seeded-" + UUID.randomUUID().toString().substring(0, 8);
        String number = (100 + (int) (Math.random() * 800)) + "/KH-SEED" + id.substring(7, 11).toUpperCase();
        Path file = fixture(id, number);
        assertThat(ProgrammeFixture.load(file).authorities()).extracting(ProgrammeFixture.Authority::id).contains("bench-77");

        seed(file).run(null);
        seed(file).run(null); // a restart: nothing new

        assertThat(programmes.find(id)).hasValueSatisfying(p -> {
            assertThat(p.leadAuthority()).isEqualTo("ho-chi-minh-city");
            assertThat(p.members()).hasSize(14).contains("bench-77");
            assertThat(p.periodFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        });
        assertThat(authorities.find("bench-77")).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("977"));
        String planId = ProgrammeFixture.load(file).masterPlan().id();
        assertThat(masterPlans.latestVersion(planId)).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                TestEvents.readAll(broker.getBrokersAsString(), Topics.PROGRAMMES, ProgrammeCreated.class).stream()
                        .filter(e -> e.programme().programmeId().equals(id)).toList())
                .singleElement().satisfies(e -> {
                    assertThat(e.by()).isEqualTo("seed");
                    assertThat(e.programme().sectors()).containsExactly("tourism");
                    assertThat(e.programme().authorities()).hasSize(15);
                }));
    }

    @Test
    void aProgrammeTheEarlierSeedStoredBareIsCreatedAgainWithItsEvent() throws Exception {
        String id = "legacy-" + UUID.randomUUID().toString().substring(0, 8);
        String number = (100 + (int) (Math.random() * 800)) + "/KH-OLD" + id.substring(7, 11).toUpperCase();
        database.getCollection("programmes").insertOne(new Document("_id", id).append("name", "Cũ")
                .append("leadAuthority", "ho-chi-minh-city").append("members", List.of("long-an")));

        seed(fixture(id, number)).run(null);

        assertThat(programmes.find(id)).hasValueSatisfying(p -> assertThat(p.members()).hasSize(14));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                TestEvents.readAll(broker.getBrokersAsString(), Topics.PROGRAMMES, ProgrammeCreated.class).stream()
                        .filter(e -> e.programme().programmeId().equals(id)).toList()).hasSize(1));
    }
}
