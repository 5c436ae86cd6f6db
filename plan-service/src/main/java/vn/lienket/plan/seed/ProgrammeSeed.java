package vn.lienket.plan.seed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.plan.authority.Authorities;
import vn.lienket.plan.authority.Authority;
import vn.lienket.plan.masterplan.MasterPlan;
import vn.lienket.plan.masterplan.MasterPlanService;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.programme.NewProgramme;
import vn.lienket.plan.programme.Programme;
import vn.lienket.plan.programme.ProgrammeService;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.access.Roles;
import vn.lienket.support.web.ApiException;

/**
 * Seeds, on first start only, each fixture programme, created through {@link ProgrammeService} as a
 * platform admin would create it (so its {@code ProgrammeCreated} event is on the topic), with its
 * master plan published as version 1 through the same path (and outbox) as any later version, so
 * every member derives from it: the 2024 HCMC–Mekong programme (350/KH-UBND) and the 2021
 * north-west programme (61/KH-NHT), then those in the fixture files {@code lienket.seed.fixtures} lists.
 */
@Component
@ConditionalOnBooleanProperty("lienket.seed.enabled")
class ProgrammeSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeSeed.class);
    /** The seed acts as a platform admin; its trail entries say "seed". */
    static final Caller SEED = new Caller("seed", null, Set.of(Roles.PLATFORM_ADMIN));

    private final Programmes programmes;
    private final ProgrammeService programmeService;
    private final Authorities authorities;
    private final MasterPlans masterPlans;
    private final MasterPlanService service;
    private final Clock clock;
    private final String fixtureFiles;

    ProgrammeSeed(Programmes programmes, ProgrammeService programmeService, Authorities authorities,
                  MasterPlans masterPlans, MasterPlanService service, Clock clock,
                  @Value("${lienket.seed.fixtures:}") String fixtureFiles) {
        this.programmes = programmes;
        this.programmeService = programmeService;
        this.authorities = authorities;
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
        Programme programme = programme(fixture);
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

    /**
     * The fixture's programme, created if absent: a tourism programme from the first day of its
     * plan's year, open-ended. A fixture's authorities the register lacks (the benchmarks'
     * generated provinces) are added to it first, so that the programme's rules hold for them too.
     */
    private Programme programme(ProgrammeFixture fixture) {
        ProgrammeFixture.Programme p = fixture.programme();
        fixture.authorities().forEach(a -> authorities.addIfAbsent(new Authority(a.id(), a.gsoCode(), a.name(),
                Authority.Kind.PROVINCE, null, null, a.tourismUnit(), List.of())));
        programmes.dropIfLegacy(p.id());
        if (programmes.find(p.id()).isEmpty()) {
            NewProgramme request = new NewProgramme(p.id(), p.name(), List.of("tourism"), p.leadAuthority(), p.members(),
                    new NewProgramme.Period(LocalDate.of(fixture.masterPlan().year(), 1, 1), null));
            try {
                programmeService.create(request, SEED);
                log.info("Created programme {} from its fixture", p.id());
            } catch (ApiException e) {
                if (e.status() != HttpStatus.CONFLICT) {
                    throw e;
                }
                // another instance created it first
            }
        }
        return programmes.get(p.id());
    }

    private MasterPlan plan(ProgrammeFixture fixture, Programme programme) {
        ProgrammeFixture.MasterPlan m = fixture.masterPlan();
        return new MasterPlan(m.id(), programme.id(), m.number(), m.title(), m.issuer(), m.issuedOn(), m.year(),
                m.legalBases(), m.funding(), m.snapshots(), clock.instant(), programme.leadAuthority(), null);
    }
}
