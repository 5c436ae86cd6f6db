package vn.lienket.plan.seed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import vn.lienket.plan.authority.SuccessionService;
import vn.lienket.plan.authority.SuccessionTable;
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
import vn.lienket.support.store.ConcurrentUpdateException;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.EntityTags;

/**
 * Seeds, on first start only, each fixture programme, created through {@link ProgrammeService} as a
 * platform admin would create it (so its {@code ProgrammeCreated} event is on the topic), with its
 * master plan published as version 1 through the same path (and outbox) as any later version, so
 * every member derives from it: the 2024 HCMC–Mekong programme (350/KH-UBND) and the 2021
 * north-west programme (61/KH-NHT), then those in the fixture files {@code lienket.seed.fixtures} lists.
 * <p>
 * {@code lienket.seed.world} says which map: {@value #WORLD_2024} stops there, on the map before the
 * 2025 mergers (the tests of the 2024 flow); {@value #WORLD_TODAY}, the default stack's, goes on as
 * the programme went on: the Tiền Giang–HCMC programme of 2023–2025, the 2024 plan closed and its
 * programme archived as history (13 members, Kiên Giang as Kiên Giang), the successions of
 * Resolution 202/2025/QH15 applied through the same service as the API's, and the 2026 programme led
 * by HCMC with the six successors, its plan copied forward from 350 (an illustrative fixture).
 * Every step looks first whether it was done, so a restart repeats nothing; two instances starting at once on an
 * empty store each try a step, one write wins and the other leaves it done ({@link #once}).
 */
@Component
@ConditionalOnBooleanProperty("lienket.seed.enabled")
class ProgrammeSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeSeed.class);
    static final String WORLD_2024 = "2024";
    static final String WORLD_TODAY = "today";
    static final String BILATERAL = "tien-giang-hcmc-2023";
    /** The seed acts as a platform admin; its trail entries say "seed". */
    static final Caller SEED = new Caller("seed", null, Set.of(Roles.PLATFORM_ADMIN));

    private final Programmes programmes;
    private final ProgrammeService programmeService;
    private final Authorities authorities;
    private final MasterPlans masterPlans;
    private final MasterPlanService service;
    private final Clock clock;
    private final String fixtureFiles;
    private final String world;
    private final SuccessionService successions;

    ProgrammeSeed(Programmes programmes, ProgrammeService programmeService, Authorities authorities,
                  MasterPlans masterPlans, MasterPlanService service, SuccessionService successions, Clock clock,
                  @Value("${lienket.seed.fixtures:}") String fixtureFiles,
                  @Value("${lienket.seed.world:" + WORLD_TODAY + "}") String world) {
        if (!world.equals(WORLD_2024) && !world.equals(WORLD_TODAY)) {
            throw new IllegalStateException("lienket.seed.world is " + WORLD_2024 + " or " + WORLD_TODAY + ", not " + world);
        }
        this.world = world;
        this.successions = successions;
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
        if (world.equals(WORLD_TODAY)) {
            seedToday();
        }
    }

    /** From the 2024 world to today's, each step once. */
    private void seedToday() {
        ProgrammeFixture mekong2024 = ProgrammeFixture.hcmcMekong2024();
        if (programmes.find(BILATERAL).isEmpty()) {
            create(new NewProgramme(BILATERAL, "Chương trình hợp tác phát triển kinh tế – xã hội giữa tỉnh Tiền Giang và"
                    + " Thành phố Hồ Chí Minh giai đoạn 2023–2025", List.of("economy", "tourism", "agriculture", "transport"),
                    "tien-giang", List.of("ho-chi-minh-city"),
                    new NewProgramme.Period(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31))));
        }
        String plan350 = mekong2024.masterPlan().id();
        Caller lead = new Caller("seed", mekong2024.programme().leadAuthority(), Set.of(Roles.COORDINATOR));
        Optional<Versioned<MasterPlan>> open350 = masterPlans.find(plan350).filter(p -> !p.value().isClosed());
        if (open350.isPresent()) {
            once("close " + plan350, () -> {
                service.close(plan350, EntityTags.of(open350.get().revision()), lead);
                log.info("Closed {}: the 2024 plan is history", plan350);
            });
        }
        String programme2024 = mekong2024.programme().id();
        if (!programmes.get(programme2024).archived()) {
            once("archive " + programme2024, () -> {
                programmeService.archive(programme2024, null, SEED);
                log.info("Archived programme {}: its members stay as they were in 2024", programme2024);
            });
        }
        for (SuccessionTable.Entry entry : SuccessionTable.seeded()) {
            once("apply a succession", () -> successions.applyAll(List.of(entry), SEED)
                    .forEach(s -> log.info("Applied the succession {}", s.id())));
        }
        seed(ProgrammeFixture.hcmcMekong2026());
    }

    private void create(NewProgramme request) {
        once("create programme " + request.id(), () -> {
            programmeService.create(request, SEED);
            log.info("Created programme {}", request.id());
        });
    }

    /**
     * A step another instance, starting at the same moment on an empty store, may take first: its
     * write then loses on the revision or the id (409, 412, or a concurrent update), and this one
     * leaves it done by the other.
     */
    private static void once(String step, Runnable action) {
        try {
            action.run();
        } catch (ConcurrentUpdateException e) {
            log.info("Seed: another instance did '{}' first", step);
        } catch (ApiException e) {
            if (e.status() != HttpStatus.CONFLICT && e.status() != HttpStatus.PRECONDITION_FAILED) {
                throw e;
            }
            log.info("Seed: another instance did '{}' first ({})", step, e.status().value());
        }
    }

    private void seed(ProgrammeFixture fixture) {
        Programme programme = programme(fixture);
        String planId = fixture.masterPlan().id();
        if (masterPlans.find(planId).isEmpty()) {
            once("create " + planId, () -> masterPlans.create(plan(fixture, programme), new AuditEntry(clock.instant(), "seed",
                    programme.leadAuthority(), "plan.created", fixture.masterPlan().number() + " from the fixture")));
        }
        if (masterPlans.latestVersion(planId).isEmpty()) {
            MasterPlan plan = masterPlans.find(planId).orElseThrow().value();
            once("publish " + planId + " version 1", () -> {
                service.publish(plan, programme, null, "seed", programme.leadAuthority());
                log.info("Seeded programme {} with {} version 1", programme.id(), plan.number());
            });
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
            create(new NewProgramme(p.id(), p.name(), List.of("tourism"), p.leadAuthority(), p.members(),
                    new NewProgramme.Period(LocalDate.of(fixture.masterPlan().year(), 1, 1), null)));
        }
        return programmes.get(p.id());
    }

    private MasterPlan plan(ProgrammeFixture fixture, Programme programme) {
        ProgrammeFixture.MasterPlan m = fixture.masterPlan();
        return new MasterPlan(m.id(), programme.id(), m.number(), m.title(), m.issuer(), m.issuedOn(), m.year(),
                m.legalBases(), m.funding(), m.snapshots(), clock.instant(), programme.leadAuthority(), null);
    }
}
