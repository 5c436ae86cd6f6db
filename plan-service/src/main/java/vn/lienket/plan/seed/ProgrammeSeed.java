package vn.lienket.plan.seed;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.plan.masterplan.MasterPlan;
import vn.lienket.plan.masterplan.MasterPlanService;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.programme.Programme;
import vn.lienket.plan.programme.Programmes;

/**
 * Seeds, on first start only, each fixture programme with its master plan published as version 1
 * through the same path (and outbox) as any later version, so every member derives from it: the
 * 2024 HCMC–Mekong programme (350/KH-UBND) and the 2021 north-west programme (61/KH-NHT), then
 * those in the fixture files {@code lienket.seed.fixtures} lists.
 */
@Component
@ConditionalOnBooleanProperty("lienket.seed.enabled")
class ProgrammeSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeSeed.class);

    private final Programmes programmes;
    private final MasterPlans masterPlans;
    private final MasterPlanService service;
    private final Clock clock;
    private final String fixtureFiles;

    ProgrammeSeed(Programmes programmes, MasterPlans masterPlans, MasterPlanService service, Clock clock,
                  @Value("${lienket.seed.fixtures:}") String fixtureFiles) {
        this.programmes = programmes;
        this.fixtureFiles = fixtureFiles;
        this.masterPlans = masterPlans;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ProgrammeFixture.all(fixtureFiles).forEach(this::seed);
    }

    private void seed(ProgrammeFixture fixture) {
        ProgrammeFixture.Programme p = fixture.programme();
        Programme programme = new Programme(p.id(), p.name(), java.util.List.of("tourism"), p.leadAuthority(),
                p.members().stream().map(m -> new vn.lienket.contracts.ProgrammeMembership(m, null, null)).toList(),
                null, null, Programme.ACTIVE);
        if (programmes.find(programme.id()).isEmpty()) {
            programmes.save(programme);
        }
        String planId = fixture.masterPlan().id();
        if (masterPlans.find(planId).isEmpty()) {
            masterPlans.create(plan(fixture, programme), new AuditEntry(clock.instant(), "seed",
                    programme.leadAuthority(), "plan.created", fixture.masterPlan().number() + " from the fixture"));
        }
        if (masterPlans.latestVersion(planId).isEmpty()) {
            MasterPlan plan = masterPlans.find(planId).orElseThrow().value();
            service.publish(plan, programme, null, "seed", programme.leadAuthority());
            log.info("Seeded programme {} with {} version 1", programme.id(), plan.number());
        }
    }

    private MasterPlan plan(ProgrammeFixture fixture, Programme programme) {
        ProgrammeFixture.MasterPlan m = fixture.masterPlan();
        return new MasterPlan(m.id(), programme.id(), m.number(), m.title(), m.issuer(), m.issuedOn(), m.year(),
                m.legalBases(), m.funding(), m.snapshots(), clock.instant(), programme.leadAuthority(), null);
    }
}
