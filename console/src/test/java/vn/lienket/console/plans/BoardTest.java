package vn.lienket.console.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.lienket.console.web.Formats;

class BoardTest {

    static final LocalDate TODAY = LocalDate.of(2024, 3, 20);
    static final Map<String, String> NAMES = Map.of("kien-giang", "Tỉnh Kiên Giang", "ca-mau", "Tỉnh Cà Mau",
            "ben-tre", "Tỉnh Bến Tre", "long-an", "Tỉnh Long An");
    static final String VIEW = "{'planId':'350-kh-ubnd-2024','planNumber':'350/KH-UBND','latestVersion':2,'notYetNotified':0,"
            + "'members':["
            + "{'memberId':'kien-giang','status':'REVISED','requiredVersion':2,'basedOnVersion':2,'dueDate':'2024-03-15',"
            + "'revisedAt':'2024-03-18T02:00:00Z','onTime':false,'predecessors':[]},"
            + "{'memberId':'ca-mau','status':'OVERDUE','requiredVersion':2,'basedOnVersion':1,'dueDate':'2024-03-15',"
            + "'toldAfterDueDate':true,'predecessors':[]},"
            + "{'memberId':'ben-tre','status':'NOTIFIED','requiredVersion':2,'basedOnVersion':1,'dueDate':'2024-03-19','predecessors':[]},"
            + "{'memberId':'long-an','status':'REVISED','requiredVersion':2,'basedOnVersion':2,'dueDate':'2024-03-15',"
            + "'revisedAt':'2024-03-10T02:00:00Z','onTime':true,'predecessors':[]}],'leadPredecessors':[]}";

    @Test
    void lateIsRevisedAfterTheDueDateOrPastItNotYetMarkedOverdueIsItsOwnList() {
        Board board = Board.of(Json.of(VIEW), NAMES::get, TODAY);

        assertThat(board.late()).extracting(Board.Member::id).containsExactly("kien-giang", "ben-tre");
        assertThat(board.overdue()).extracting(Board.Member::id).containsExactly("ca-mau");
        assertThat(board.counts()).extracting(c -> c.status() + "=" + c.members())
                .containsExactly("PENDING=0", "NOTIFIED=1", "REVISED=2", "OVERDUE=1");
        assertThat(board.member("kien-giang").name()).isEqualTo("Tỉnh Kiên Giang");
    }

    @Test
    void theExportHasOneRowAMemberInVietnameseWithDatesAsPeopleWriteThem() {
        List<List<String>> rows = BoardExport.rows(Board.of(Json.of(VIEW), NAMES::get, TODAY), new Formats());

        assertThat(BoardExport.HEADERS).startsWith("Mã", "Tỉnh, thành phố", "Trạng thái");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("kien-giang", "Tỉnh Kiên Giang", "Đã điều chỉnh", "2", "2", "15/03/2024");
        assertThat(rows.get(0).get(7)).isEqualTo("18/03/2024 09:00");
        assertThat(rows.get(0).get(8)).isEqualTo("Không");
        assertThat(rows.get(0).get(9)).isEqualTo("trễ hạn");
        assertThat(rows.get(1).get(2)).isEqualTo("Quá hạn");
        assertThat(rows.get(1).get(9)).isEqualTo("được thông báo sau hạn");
        assertThat(BoardExport.fileName("350-kh-ubnd-2024", "csv")).isEqualTo("tuan-thu-350-kh-ubnd-2024.csv");
    }

    @Test
    void aMembersHistoryIsTheTrailsEntriesThatNameIt() {
        MemberHistory history = MemberHistory.of("kien-giang", List.of(
                Json.of("{'at':'2024-03-18T02:00:00Z','principal':'event:e1','action':'revised','detail':'kien-giang on version 2 (lienket.derived-plan.revised.v1)'}"),
                Json.of("{'at':'2024-03-16T00:00:00Z','principal':'deadline-check','action':'overdue','detail':'kien-giang-cu on version 2, due 2024-03-15'}"),
                Json.of("{'at':'2024-03-12T00:00:00Z','principal':'deadline-check','action':'reminded','detail':'kien-giang on version 2: 3-day reminder, due 2024-03-15'}")));

        assertThat(history.entries()).extracting(MemberHistory.Entry::action).containsExactly("revised", "reminded");
        MemberHistory.Entry reminder = history.entries().get(1);
        assertThat(reminder.version()).isEqualTo(2);
        assertThat(reminder.due()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(reminder.reminderDays()).isEqualTo(3);
        assertThat(MemberHistory.cause("deadline-check")).isEqualTo("Kiểm tra hạn tự động");
    }

    @Test
    void nextDueIsTheEarliestDateAheadOfAMemberStillToRevise() {
        Board board = Board.of(Json.of(VIEW), NAMES::get, LocalDate.of(2024, 3, 18));

        assertThat(board.nextDue(LocalDate.of(2024, 3, 18))).isEqualTo(LocalDate.of(2024, 3, 19));
        assertThat(board.nextDue(LocalDate.of(2024, 3, 20))).isNull();
    }
}
