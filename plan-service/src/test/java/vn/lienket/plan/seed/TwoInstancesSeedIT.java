package vn.lienket.plan.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
 * Two instances of plan-service started at the same moment on an empty store, as two replicas of a
 * deployment are: both seed, each step is taken once, and neither fails to start. The two seeds here
 * are two {@link ProgrammeSeed}s over the same store, started together.
 */
@ServiceTest
@TestPropertySource(properties = {"lienket.seed.enabled=false", "lienket.store.database=lienket-plan-two-seeds"})
class TwoInstancesSeedIT {

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
    void twoInstancesSeedingAnEmptyStoreAtOnceBothStartAndEachStepHappensOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> seeds = List.of(seedAfter(start), seedAfter(start));
        start.countDown();
        CompletableFuture.allOf(seeds.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

        ProgrammeFixture mekong2024 = ProgrammeFixture.hcmcMekong2024();
        ProgrammeFixture mekong2026 = ProgrammeFixture.hcmcMekong2026();
        assertThat(masterPlans.find(mekong2024.masterPlan().id())).hasValueSatisfying(p -> assertThat(p.value().isClosed()).isTrue());
        assertThat(programmes.get(mekong2024.programme().id()).archived()).isTrue();
        assertThat(masterPlans.latestVersion(mekong2024.masterPlan().id()))
                .hasValueSatisfying(v -> assertThat(v.number()).as("version 1 published once").isEqualTo(1));
        assertThat(masterPlans.latestVersion(mekong2026.masterPlan().id()))
                .hasValueSatisfying(v -> assertThat(v.number()).as("version 1 published once").isEqualTo(1));
        assertThat(programmes.get(mekong2026.programme().id()).members())
                .containsExactlyInAnyOrder("tay-ninh", "dong-thap", "vinh-long", "an-giang", "can-tho", "ca-mau");
    }

    private CompletableFuture<Void> seedAfter(CountDownLatch start) {
        ProgrammeSeed seed = new ProgrammeSeed(programmes, programmeService, authorities, masterPlans, masterPlanService,
                successions, clock, "", ProgrammeSeed.WORLD_TODAY);
        return CompletableFuture.runAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            seed.run(null);
        });
    }
}
