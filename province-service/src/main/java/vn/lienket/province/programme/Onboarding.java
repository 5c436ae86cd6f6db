package vn.lienket.province.programme;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.MasterPlanClosed;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.ProgrammeEvent;
import vn.lienket.contracts.ProgrammeMembership;
import vn.lienket.contracts.ProgrammeSnapshot;
import vn.lienket.contracts.ProgrammeSuccessionApplied;
import vn.lienket.province.derivedplan.DerivedPlanService;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.time.VietnamTime;

/**
 * Membership made into tenants, at run time. Every authority that is or was a member of a
 * programme is hosted (its database, its consumer group), so one that leaves keeps its data
 * readable. A current member catches up: a derived plan at the latest version of every plan of
 * the programme it has none of. Catch-up runs on both sides of the race between the two topics:
 * when a programme event is stored (for the plans kept so far) and when a plan's newer version is
 * kept (for the members known so far), so a member gets the plan whichever event this service
 * reads first. A succession applied to the programme is taken over before the catch-up (see
 * {@link DerivedPlanService#onSuccession}). Every step is idempotent; a redelivered or replayed event does nothing new.
 */
@Service
public class Onboarding {

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final Programmes programmes;
    private final PublishedPlans publishedPlans;
    private final Tenants tenants;
    private final DerivedPlanService derivedPlans;
    private final Clock clock;

    Onboarding(Programmes programmes, PublishedPlans publishedPlans, Tenants tenants, DerivedPlanService derivedPlans,
               Clock clock) {
        this.programmes = programmes;
        this.publishedPlans = publishedPlans;
        this.tenants = tenants;
        this.derivedPlans = derivedPlans;
        this.clock = clock;
    }

    /**
     * The members of every programme kept in the store are hosted: at start, before any event is
     * read, and again now and then for those another instance learnt of. Answers how many are hosted.
     */
    public int hostKnownMembers() {
        programmes.all().forEach(this::host);
        return tenants.ids().size();
    }

    public void onProgrammeEvent(ProgrammeEvent event) {
        programmes.record(event);
        ProgrammeSnapshot programme = event.programme();
        host(programme);
        if (event instanceof ProgrammeSuccessionApplied succession) {
            // first, so that the catch-up below finds the successor's plans taken over and derives none afresh
            derivedPlans.onSuccession(succession);
        }
        LocalDate today = VietnamTime.today(clock);
        for (String member : programme.membersOn(today)) {
            if (tenants.hosts(member)) {
                Membership membership = Programmes.membershipIn(programme, member).orElseThrow();
                publishedPlans.ofProgramme(programme.programmeId())
                        .forEach(plan -> derivedPlans.catchUp(member, plan.latest(), membership));
            }
        }
    }

    /** Keeps the plan's latest version; when it is news, the members that have no plan of it yet get one. */
    public void onPlanPublished(MasterPlanVersionPublished version) {
        if (!publishedPlans.record(version)) {
            return;
        }
        programmes.find(version.programmeId()).ifPresent(programme -> {
            for (String member : programme.membersOn(VietnamTime.today(clock))) {
                if (tenants.hosts(member)) {
                    derivedPlans.catchUp(member, version, Programmes.membershipIn(programme, member).orElseThrow());
                }
            }
        });
    }

    public void onPlanClosed(MasterPlanClosed closed) {
        publishedPlans.closed(closed);
    }

    private void host(ProgrammeSnapshot programme) {
        programme.members().stream().map(ProgrammeMembership::authorityId).distinct()
                .forEach(member -> tenants.host(member, programme.authority(member)
                        .map(AuthorityRef::tourismDepartment).orElse(null)));
    }
}
