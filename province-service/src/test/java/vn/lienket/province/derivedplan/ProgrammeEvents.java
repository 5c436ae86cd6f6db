package vn.lienket.province.derivedplan;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.kafka.core.KafkaTemplate;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.ProgrammeCreated;
import vn.lienket.contracts.ProgrammeMemberJoined;
import vn.lienket.contracts.ProgrammeMemberLeft;
import vn.lienket.contracts.ProgrammeMembership;
import vn.lienket.contracts.ProgrammeSnapshot;
import vn.lienket.contracts.Topics;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.testing.TestEvents;

/** Object mother: programme events as plan-service sends them, for the fixture programme and for programmes of a test's own. */
public final class ProgrammeEvents {

    static final ProgrammeFixture FIXTURE = MasterVersions.FIXTURE;
    public static final String MEKONG = FIXTURE.programme().id();
    public static final LocalDate PROGRAMME_START = LocalDate.of(2024, 1, 1);

    private ProgrammeEvents() {
    }

    /** The 2024 Mekong programme, every member since its start. */
    public static ProgrammeSnapshot mekong() {
        List<AuthorityRef> authorities = FIXTURE.authorities().stream().map(a -> new AuthorityRef(a.id(), a.gsoCode(),
                a.name(), a.id().equals("ho-chi-minh-city") ? "CENTRAL_CITY" : "PROVINCE", a.tourismUnit())).toList();
        return new ProgrammeSnapshot(MEKONG, FIXTURE.programme().name(), List.of("TOURISM"),
                FIXTURE.programme().leadAuthority(), FIXTURE.programme().members().stream()
                .map(m -> new ProgrammeMembership(m, PROGRAMME_START, null)).toList(), PROGRAMME_START,
                LocalDate.of(2025, 12, 31), ProgrammeSnapshot.ACTIVE, authorities);
    }

    /** A programme of the test's own, led by HCMC, each member since the programme's start. */
    public static ProgrammeSnapshot programme(String programmeId, String... members) {
        List<AuthorityRef> authorities = new ArrayList<>();
        authorities.add(authority("ho-chi-minh-city"));
        List<ProgrammeMembership> memberships = new ArrayList<>();
        for (String member : members) {
            authorities.add(authority(member));
            memberships.add(new ProgrammeMembership(member, PROGRAMME_START, null));
        }
        return new ProgrammeSnapshot(programmeId, "Chương trình thử " + programmeId, List.of("TOURISM"),
                "ho-chi-minh-city", memberships, PROGRAMME_START, LocalDate.of(2099, 12, 31), ProgrammeSnapshot.ACTIVE,
                authorities);
    }

    /** An authority of the register; one the fixture does not hold gets a tourism department named after it. */
    public static AuthorityRef authority(String id) {
        return FIXTURE.authorities().stream().filter(a -> a.id().equals(id)).findFirst()
                .map(a -> new AuthorityRef(a.id(), a.gsoCode(), a.name(), "PROVINCE", a.tourismUnit()))
                .orElse(new AuthorityRef(id, "99", "Tỉnh " + id, "PROVINCE", "Sở Du lịch tỉnh " + id));
    }

    public static ProgrammeCreated created(ProgrammeSnapshot programme) {
        return new ProgrammeCreated(UUID.randomUUID().toString(), Instant.now(), "platform", programme);
    }

    /** The programme after {@code member} joined on {@code on}. */
    public static ProgrammeMemberJoined joined(ProgrammeSnapshot before, String member, LocalDate on) {
        List<ProgrammeMembership> members = new ArrayList<>(before.members());
        members.add(new ProgrammeMembership(member, on, null));
        List<AuthorityRef> authorities = new ArrayList<>(before.authorities());
        authorities.add(authority(member));
        return new ProgrammeMemberJoined(UUID.randomUUID().toString(), Instant.now(), "ho-chi-minh-city", member, on,
                with(before, members, authorities));
    }

    /** The programme after {@code member} left from {@code on}. */
    public static ProgrammeMemberLeft left(ProgrammeSnapshot before, String member, LocalDate on) {
        List<ProgrammeMembership> members = before.members().stream()
                .map(m -> m.authorityId().equals(member) && m.leftOn() == null
                        ? new ProgrammeMembership(member, m.joinedOn(), on) : m).toList();
        return new ProgrammeMemberLeft(UUID.randomUUID().toString(), Instant.now(), "ho-chi-minh-city", member, on,
                with(before, members, before.authorities()));
    }

    /** Sends the Mekong programme's creation, as plan-service's seed does, and waits until its members are hosted. */
    public static void mekongCreated(KafkaTemplate<String, String> kafka, Tenants tenants) {
        TestEvents.send(kafka, Topics.PROGRAMMES, created(mekong()));
        await().atMost(Duration.ofSeconds(60)).until(() -> tenants.ids().containsAll(FIXTURE.programme().members()));
    }

    private static ProgrammeSnapshot with(ProgrammeSnapshot p, List<ProgrammeMembership> members, List<AuthorityRef> authorities) {
        return new ProgrammeSnapshot(p.programmeId(), p.name(), p.sectors(), p.leadAuthority(), members, p.periodFrom(),
                p.periodTo(), p.status(), authorities);
    }
}
