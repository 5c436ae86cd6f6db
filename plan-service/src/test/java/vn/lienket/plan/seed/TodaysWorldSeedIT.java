package vn.lienket.plan.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.plan.authority.Authorities;
import vn.lienket.plan.authority.SuccessionService;
import vn.lienket.plan.masterplan.MasterPlanService;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.programme.ProgrammeService;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.testing.ServiceTest;

/**
 * The default stack's seed: the world as it is today. Its own store database and so its own
 * context (and broker), since the successions it applies would change every other seeded test's map.
 */
@ServiceTest
@TestPropertySource(properties = {"lienket.seed.enabled=true", "lienket.seed.world=today",
        "lienket.store.database=lienket-plan-today"})
class TodaysWorldSeedIT {

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
    Clock clock;

    @Test
    void theDefaultStackSeedsTheMapSinceTheMergersAndKeeps2024AsHistory() {
        ProgrammeFixture mekong2024 = ProgrammeFixture.hcmcMekong2024();
        assertThat(masterPlans.find("350-kh-ubnd-2024")).hasValueSatisfying(p -> {
            assertThat(p.value().isClosed()).isTrue();
            assertThat(p.value().membersAtClose()).as("the 2024 plan keeps its members, Kiên Giang as Kiên Giang")
                    .containsExactlyElementsOf(mekong2024.programme().members());
        });
        assertThat(programmes.get("hcmc-mekong-tourism").archived()).isTrue();
        assertThat(programmes.get("hcmc-mekong-tourism").members()).hasSize(13).contains("kien-giang");

        assertThat(authorities.find("kien-giang")).hasValueSatisfying(a -> {
            assertThat(a.successions()).singleElement().satisfies(s -> assertThat(s.successor()).isEqualTo("an-giang"));
            assertThat(a.validOn(LocalDate.of(2025, 7, 1))).isFalse();
        });
        assertThat(authorities.find("an-giang")).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("91"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(programmes.get("northwest-hcmc-tourism").leadAuthority()).as("Hà Giang merged into Tuyên Quang")
                    .isEqualTo("tuyen-quang");
            assertThat(programmes.get(ProgrammeSeed.BILATERAL).leadAuthority()).as("Tiền Giang merged into Đồng Tháp")
                    .isEqualTo("dong-thap");
            assertThat(programmes.get("northwest-hcmc-tourism").members()).contains("lao-cai", "phu-tho")
                    .doesNotContain("yen-bai", "hoa-binh", "tuyen-quang");
        });

        ProgrammeFixture mekong2026 = ProgrammeFixture.hcmcMekong2026();
        assertThat(programmes.get("hcmc-mekong-2026").members())
                .containsExactlyInAnyOrder("tay-ninh", "dong-thap", "vinh-long", "an-giang", "can-tho", "ca-mau");
        assertThat(masterPlans.latestVersion(mekong2026.masterPlan().id()))
                .hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(1));

        // a restart repeats nothing
        var ids = List.of("hcmc-mekong-tourism", "northwest-hcmc-tourism", ProgrammeSeed.BILATERAL, "hcmc-mekong-2026");
        var before = ids.stream().map(programmes::get).toList();
        new ProgrammeSeed(programmes, programmeService, authorities, masterPlans, masterPlanService, successions, clock, "",
                ProgrammeSeed.WORLD_TODAY).run(null);
        assertThat(ids.stream().map(programmes::get).toList()).isEqualTo(before);
        assertThat(masterPlans.latestVersion(mekong2026.masterPlan().id()))
                .hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(1));
        assertThat(authorities.find("kien-giang").orElseThrow().successions()).hasSize(1);
    }
}
