package vn.lienket.plan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.ProgrammeMembership;

/** A programme's members over time, without Spring. */
class ProgrammeTest {

    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final Programme TIEN_GIANG_HCMC = new Programme("tien-giang-hcmc", "Tiền Giang – TP.HCM",
            List.of("tourism", "agriculture"), "tien-giang", List.of(new ProgrammeMembership("ho-chi-minh-city", START, null)),
            START, LocalDate.of(2025, 12, 31), Programme.ACTIVE);

    @Test
    void aMemberThatJoinsIsAMemberFromTheDayItJoined() {
        Programme joined = TIEN_GIANG_HCMC.join("ben-tre", LocalDate.of(2024, 3, 1));

        assertThat(joined.members()).containsExactly("ho-chi-minh-city", "ben-tre");
        assertThat(joined.membersOn(LocalDate.of(2024, 2, 29))).containsExactly("ho-chi-minh-city");
        assertThat(joined.isParticipant("ben-tre")).isTrue();
    }

    @Test
    void aMemberThatLeavesKeepsItsMembershipWithTheDayItLeft() {
        Programme left = TIEN_GIANG_HCMC.leave("ho-chi-minh-city", LocalDate.of(2024, 7, 1));

        assertThat(left.memberships()).containsExactly(new ProgrammeMembership("ho-chi-minh-city", START, LocalDate.of(2024, 7, 1)));
        assertThat(left.isMember("ho-chi-minh-city")).isFalse();
        assertThat(left.wasMember("ho-chi-minh-city")).isTrue();
        assertThat(left.isParticipant("ho-chi-minh-city")).as("it reads nothing of the programme now").isFalse();
        assertThat(left.membersOn(LocalDate.of(2024, 6, 30))).containsExactly("ho-chi-minh-city");
    }

    @Test
    void oneThatLeftMayJoinAgainFromTheDayItLeftButNotBefore() {
        Programme left = TIEN_GIANG_HCMC.leave("ho-chi-minh-city", LocalDate.of(2024, 7, 1));

        assertThat(left.join("ho-chi-minh-city", LocalDate.of(2025, 1, 1)).members()).containsExactly("ho-chi-minh-city");
        assertRefused(() -> left.join("ho-chi-minh-city", LocalDate.of(2024, 6, 1)), "joinedOn");
    }

    @Test
    void aMemberCannotJoinTwiceNorTheLeadJoinNorAnyoneOutsideThePeriod() {
        assertRefused(() -> TIEN_GIANG_HCMC.join("ho-chi-minh-city", LocalDate.of(2024, 1, 1)), "authorityId");
        assertRefused(() -> TIEN_GIANG_HCMC.join("tien-giang", LocalDate.of(2024, 1, 1)), "authorityId");
        assertRefused(() -> TIEN_GIANG_HCMC.join("ben-tre", LocalDate.of(2026, 1, 1)), "joinedOn");
    }

    @Test
    void onlyAMemberCanLeaveAndNotBeforeItJoined() {
        assertRefused(() -> TIEN_GIANG_HCMC.leave("ben-tre", LocalDate.of(2024, 1, 1)), "authorityId");
        assertRefused(() -> TIEN_GIANG_HCMC.leave("ho-chi-minh-city", START), "from");
    }

    @Test
    void anArchivedProgrammeTakesNoMemberChange() {
        Programme archived = TIEN_GIANG_HCMC.archive();

        assertThat(archived.archived()).isTrue();
        assertThat(archived.members()).containsExactly("ho-chi-minh-city");
        assertRefused(() -> archived.join("ben-tre", LocalDate.of(2024, 1, 1)), "programmeId");
        assertRefused(() -> archived.leave("ho-chi-minh-city", LocalDate.of(2024, 1, 1)), "programmeId");
        assertRefused(archived::archive, "programmeId");
    }

    @Test
    void anIdIsMadeFromTheNameWithoutDiacritics() {
        assertThat(ProgrammeService.slugOf("Liên kết Tiền Giang – Thành phố Hồ Chí Minh 2023–2025"))
                .isEqualTo("lien-ket-tien-giang-thanh-pho-ho-chi-minh-2023-2025");
        assertThat(ProgrammeService.slugOf("Chương trình liên kết hợp tác phát triển du lịch giữa Thành phố Hồ Chí Minh và 13 tỉnh"))
                .hasSizeLessThanOrEqualTo(60).matches(ProgrammeService.SLUG).startsWith("chuong-trinh-lien-ket");
    }

    private static void assertRefused(Runnable change, String field) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ProgrammeChangeRefused.class,
                e -> assertThat(e.toProblem().field()).isEqualTo(field));
    }
}
