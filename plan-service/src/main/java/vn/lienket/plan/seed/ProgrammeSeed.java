package vn.lienket.plan.seed;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.plan.masterplan.MasterPlan;
import vn.lienket.plan.masterplan.MasterPlanService;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.programme.Programme;
import vn.lienket.plan.programme.Programmes;

/**
 * Seeds the 2024 programme on first start only: the programme, plan 350/KH-UBND and its version 1,
 * published through the same path (and outbox) as any later version, so every province derives from it.
 */
@Component
@ConditionalOnBooleanProperty("lienket.seed.enabled")
class ProgrammeSeed implements ApplicationRunner {

    /** The id of the 2024 master plan in the seeded stack. */
    static final String PLAN_350_ID = "350-kh-ubnd-2024";

    private static final Logger log = LoggerFactory.getLogger(ProgrammeSeed.class);

    private final Programmes programmes;
    private final MasterPlans masterPlans;
    private final MasterPlanService service;
    private final Clock clock;

    ProgrammeSeed(Programmes programmes, MasterPlans masterPlans, MasterPlanService service, Clock clock) {
        this.programmes = programmes;
        this.masterPlans = masterPlans;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ProgrammeFixture fixture = ProgrammeFixture.hcmcMekong2024();
        ProgrammeFixture.Programme p = fixture.programme();
        Programme programme = new Programme(p.id(), p.name(), p.leadAuthority(), p.members());
        if (programmes.find(programme.id()).isEmpty()) {
            programmes.save(programme);
        }
        if (masterPlans.find(PLAN_350_ID).isEmpty()) {
            masterPlans.create(plan(fixture, programme));
        }
        if (masterPlans.latestVersion(PLAN_350_ID).isEmpty()) {
            MasterPlan plan = masterPlans.find(PLAN_350_ID).orElseThrow().value();
            service.publish(plan, programme, null, programme.leadAuthority());
            log.info("Seeded programme {} with {} version 1", programme.id(), plan.number());
        }
    }

    private MasterPlan plan(ProgrammeFixture fixture, Programme programme) {
        ProgrammeFixture.MasterPlan m = fixture.masterPlan();
        return new MasterPlan(PLAN_350_ID, programme.id(), m.number(), m.title(), m.issuer(), m.issuedOn(), m.year(),
                m.legalBases(), m.funding(), m.snapshots(), clock.instant(), programme.leadAuthority());
    }
}
