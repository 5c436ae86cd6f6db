package vn.lienket.plan.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.plan.compliance.MekongSuccessions.EFFECTIVE;
import static vn.lienket.plan.compliance.MekongSuccessions.JOINED;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.ProgrammeMembership;
import vn.lienket.plan.programme.Programme;

/** Who a plan's boards show after the 2025 map, and a closed plan's members as they were. */
class BoardMembersTest {

    final Programme after = MekongSuccessions.after("mekong");

    @Test
    void anOpenPlanShowsTheSixSuccessorsWithTheirPredecessorsBeneath() {
        BoardMembers board = BoardMembers.of(MekongSuccessions.plan("p", "mekong", false), after, null);

        assertThat(board.members()).containsExactlyInAnyOrderElementsOf(MekongSuccessions.SIX);
        assertThat(board.predecessorsOf("can-tho")).extracting(BoardMembers.Predecessor::memberId)
                .containsExactly("hau-giang", "soc-trang");
        assertThat(board.predecessorsOf("an-giang")).singleElement().satisfies(p -> {
            assertThat(p.memberId()).isEqualTo("kien-giang");
            assertThat(p.succeededBy()).isEqualTo("an-giang");
            assertThat(p.succeededOn()).isEqualTo(EFFECTIVE);
            assertThat(p.lastDay()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
        assertThat(board.predecessorsOf("tay-ninh")).extracting(BoardMembers.Predecessor::memberId).containsExactly("long-an");
        assertThat(board.allPredecessors()).hasSize(8);
        assertThat(board.leadPredecessors()).isEmpty();
    }

    @Test
    void aClosedPlanShowsTheThirteenItHadWithKienGiangAsKienGiang() {
        BoardMembers board = BoardMembers.of(MekongSuccessions.plan("350", "mekong", true), after, MekongSuccessions.THIRTEEN);

        assertThat(board.members()).containsExactlyElementsOf(MekongSuccessions.THIRTEEN);
        assertThat(board.predecessorsOf("an-giang")).as("Kiên Giang has its own row").isEmpty();
        assertThat(board.allPredecessors()).isEmpty();
    }

    @Test
    void aClosedPlanThatRecordedNoMembersShowsTheProgrammesAsBefore() {
        Programme before = MekongSuccessions.before("mekong-2024");

        assertThat(BoardMembers.of(MekongSuccessions.plan("350", "mekong-2024", true), before, null).members())
                .containsExactlyElementsOf(MekongSuccessions.THIRTEEN);
    }

    @Test
    void anOpenPlanIgnoresMembersAtCloseAndAMemberThatLeftOfItsOwnAccordIsOnNeitherList() {
        Programme programme = MekongSuccessions.programme("p", List.of(new ProgrammeMembership("ben-tre", JOINED, EFFECTIVE),
                new ProgrammeMembership("vinh-long", JOINED, null)));

        BoardMembers board = BoardMembers.of(MekongSuccessions.plan("p", "p", false), programme, List.of("ben-tre"));

        assertThat(board.members()).containsExactly("vinh-long");
        assertThat(board.allPredecessors()).isEmpty();
    }

    @Test
    void aSuccessorSucceededInTurnCarriesBothBeneathTheLastAndOneSucceededByTheLeadIsTheLeads() {
        LocalDate later = EFFECTIVE.plusYears(1);
        Programme programme = MekongSuccessions.programme("p", List.of(
                new ProgrammeMembership("hau-giang", JOINED, EFFECTIVE, "soc-trang"),
                new ProgrammeMembership("soc-trang", JOINED, later, "can-tho"),
                new ProgrammeMembership("can-tho", JOINED, null),
                new ProgrammeMembership("binh-duong", JOINED, EFFECTIVE, MekongSuccessions.LEAD)));

        BoardMembers board = BoardMembers.of(MekongSuccessions.plan("p", "p", false), programme, null);

        assertThat(board.members()).containsExactly("can-tho");
        assertThat(board.predecessorsOf("can-tho")).extracting(BoardMembers.Predecessor::memberId, BoardMembers.Predecessor::succeededBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hau-giang", "soc-trang"),
                        org.assertj.core.groups.Tuple.tuple("soc-trang", "can-tho"));
        assertThat(board.leadPredecessors()).extracting(BoardMembers.Predecessor::memberId).containsExactly("binh-duong");
    }
}
