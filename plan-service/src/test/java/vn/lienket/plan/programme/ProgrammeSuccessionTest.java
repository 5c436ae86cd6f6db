package vn.lienket.plan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.ProgrammeMembership;

/** A succession applied to a programme (Resolution 202/2025/QH15, from 1 July 2025), without Spring. */
class ProgrammeSuccessionTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    static Programme mekong() {
        return new Programme("hcmc-mekong-tourism", "Mekong", List.of("tourism"), "ho-chi-minh-city", List.of(
                new ProgrammeMembership("kien-giang", START, null),
                new ProgrammeMembership("an-giang", START, null),
                new ProgrammeMembership("binh-duong", START, null),
                new ProgrammeMembership("ca-mau", START, null)), START, null, Programme.ACTIVE);
    }

    @Test
    void aProgrammeThatHadKienGiangAndAnGiangNowHasAnGiangOnce() {
        Programme after = mekong().succeed("an-giang", List.of("kien-giang"), DAY);

        assertThat(after.members()).containsExactly("an-giang", "binh-duong", "ca-mau");
        assertThat(after.memberships()).contains(new ProgrammeMembership("kien-giang", START, DAY, "an-giang"),
                new ProgrammeMembership("an-giang", START, null));
        assertThat(after.memberships()).filteredOn(m -> m.authorityId().equals("an-giang")).hasSize(1);
        assertThat(after.isParticipant("kien-giang")).as("an archive: no longer a member").isFalse();
        assertThat(after.wasMember("kien-giang")).isTrue();
        assertThat(after.isParticipant("an-giang")).isTrue();
        assertThat(after.membersOn(LocalDate.of(2025, 6, 30))).contains("kien-giang", "an-giang");
        assertThat(mekong().partsOf(List.of("kien-giang"), DAY)).containsExactly("kien-giang");
    }

    @Test
    void aSuccessorThatIsNoMemberYetJoinsFromTheDayOnceForAllItsPredecessors() {
        Programme programme = new Programme("delta", "Delta", List.of("tourism"), "ho-chi-minh-city", List.of(
                new ProgrammeMembership("hau-giang", START, null),
                new ProgrammeMembership("soc-trang", START, null)), START, null, Programme.ACTIVE);

        Programme after = programme.succeed("can-tho", List.of("hau-giang", "soc-trang"), DAY);

        assertThat(after.members()).containsExactly("can-tho");
        assertThat(after.memberships()).containsExactly(
                new ProgrammeMembership("hau-giang", START, DAY, "can-tho"),
                new ProgrammeMembership("soc-trang", START, DAY, "can-tho"),
                new ProgrammeMembership("can-tho", DAY, null));
        assertThat(programme.partsOf(List.of("hau-giang", "soc-trang"), DAY)).containsExactly("hau-giang", "soc-trang");
    }

    @Test
    void aProgrammeWhoseLeadMergesIsLedByTheSuccessorWhichStopsBeingAMember() {
        Programme northWest = new Programme("north-west", "Tây Bắc", List.of("tourism"), "ha-giang", List.of(
                new ProgrammeMembership("tuyen-quang", START, null),
                new ProgrammeMembership("lao-cai", START, null)), START, null, Programme.ACTIVE);

        Programme after = northWest.succeed("tuyen-quang", List.of("ha-giang"), DAY);

        assertThat(after.leadAuthority()).isEqualTo("tuyen-quang");
        assertThat(after.members()).containsExactly("lao-cai");
        assertThat(after.memberships()).contains(new ProgrammeMembership("tuyen-quang", START, DAY));
        assertThat(after.isParticipant("tuyen-quang")).as("it leads").isTrue();
        assertThat(after.isParticipant("ha-giang")).isFalse();
        assertThat(northWest.partsOf(List.of("ha-giang"), DAY)).containsExactly("ha-giang");
    }

    @Test
    void aLeadThatMergesIntoANonMemberIsReplacedAndTheSuccessorIsNoMember() {
        Programme bilateral = new Programme("tien-giang-hcmc", "Tiền Giang – TP.HCM", List.of("tourism"), "tien-giang",
                List.of(new ProgrammeMembership("ho-chi-minh-city", LocalDate.of(2023, 1, 1), null)),
                LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), Programme.ACTIVE);

        Programme after = bilateral.succeed("dong-thap", List.of("tien-giang"), DAY);

        assertThat(after.leadAuthority()).isEqualTo("dong-thap");
        assertThat(after.members()).containsExactly("ho-chi-minh-city");
        assertThat(after.memberships()).hasSize(1);
    }

    @Test
    void aSuccessorThatAlreadyLeadsOnlyEndsItsPredecessorsMemberships() {
        Programme after = mekong().succeed("ho-chi-minh-city", List.of("binh-duong", "ba-ria-vung-tau"), DAY);

        assertThat(after.leadAuthority()).isEqualTo("ho-chi-minh-city");
        assertThat(after.members()).containsExactly("kien-giang", "an-giang", "ca-mau");
        assertThat(after.memberships()).contains(new ProgrammeMembership("binh-duong", START, DAY, "ho-chi-minh-city"));
        assertThat(after.memberships()).noneMatch(m -> m.authorityId().equals("ho-chi-minh-city"));
        assertThat(mekong().partsOf(List.of("binh-duong", "ba-ria-vung-tau"), DAY)).containsExactly("binh-duong");
    }

    @Test
    void anArchivedProgrammeAProgrammeEndedBeforeTheDayAndOneWithoutAPredecessorAreUntouched() {
        Programme archived = mekong().archive();
        Programme ended = new Programme("ended", "Ended", List.of("tourism"), "ho-chi-minh-city",
                List.of(new ProgrammeMembership("kien-giang", START, null)), START, LocalDate.of(2025, 6, 30),
                Programme.ACTIVE);

        assertThat(archived.succeed("an-giang", List.of("kien-giang"), DAY)).isSameAs(archived);
        assertThat(ended.succeed("an-giang", List.of("kien-giang"), DAY)).isSameAs(ended);
        Programme mekong = mekong();
        assertThat(mekong.succeed("lao-cai", List.of("yen-bai"), DAY)).isSameAs(mekong);
    }

    @Test
    void aMemberThatLeftBeforeTheDayIsLeftAsItWas() {
        Programme programme = new Programme("p", "P", List.of("tourism"), "ho-chi-minh-city", List.of(
                new ProgrammeMembership("bac-lieu", START, LocalDate.of(2025, 3, 1))), START, null, Programme.ACTIVE);

        assertThat(programme.succeed("ca-mau", List.of("bac-lieu"), DAY)).isSameAs(programme);
    }

    @Test
    void applyingASuccessionAgainChangesNothing() {
        Programme once = mekong().succeed("an-giang", List.of("kien-giang"), DAY)
                .succeed("ho-chi-minh-city", List.of("binh-duong"), DAY);

        assertThat(once.succeed("an-giang", List.of("kien-giang"), DAY)).isEqualTo(once);
        assertThat(once.succeed("ho-chi-minh-city", List.of("binh-duong"), DAY)).isEqualTo(once);
        assertThat(once.partsOf(List.of("kien-giang"), DAY)).isEmpty();
        Programme northWest = new Programme("north-west", "Tây Bắc", List.of("tourism"), "ha-giang", List.of(
                new ProgrammeMembership("tuyen-quang", START, null)), START, null, Programme.ACTIVE)
                .succeed("tuyen-quang", List.of("ha-giang"), DAY);
        assertThat(northWest.succeed("tuyen-quang", List.of("ha-giang"), DAY)).isEqualTo(northWest);
    }
}
