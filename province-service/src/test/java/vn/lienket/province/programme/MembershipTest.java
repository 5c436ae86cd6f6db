package vn.lienket.province.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.ProgrammeMembership;

/** Which master versions a member is told of, by the dates of its membership. */
class MembershipTest {

    static final LocalDate JOINED = LocalDate.of(2025, 3, 1);
    static final LocalDate LEFT = LocalDate.of(2025, 9, 1);

    static Membership member(ProgrammeMembership... periods) {
        return new Membership("mekong-2025", "kien-giang", List.of(periods));
    }

    @Test
    void aMemberIsToldOfAVersionPublishedWhileItWasAMember() {
        Membership left = member(new ProgrammeMembership("kien-giang", JOINED, LEFT));

        assertThat(left.toldOf(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 12, 1))).isTrue();
    }

    @Test
    void aMemberThatLeftIsToldOfNothingPublishedFromTheDayItLeft() {
        Membership left = member(new ProgrammeMembership("kien-giang", JOINED, LEFT));

        assertThat(left.toldOf(LEFT, LEFT)).isFalse();
        assertThat(left.toldOf(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 1))).isFalse();
    }

    @Test
    void aMemberThatJoinedLaterIsToldOfAnOlderVersionToCatchUp() {
        Membership joined = member(new ProgrammeMembership("kien-giang", JOINED, null));

        assertThat(joined.toldOf(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 3, 2))).isTrue();
    }

    @Test
    void aMemberThatLeftAndJoinedAgainIsToldAgainAndItsLastJoiningCounts() {
        LocalDate rejoined = LocalDate.of(2026, 1, 1);
        Membership again = member(new ProgrammeMembership("kien-giang", JOINED, LEFT),
                new ProgrammeMembership("kien-giang", rejoined, null));

        assertThat(again.toldOf(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 1))).isFalse();
        assertThat(again.toldOf(rejoined, rejoined)).isTrue();
        assertThat(again.lastJoinedOn()).isEqualTo(rejoined);
    }
}
