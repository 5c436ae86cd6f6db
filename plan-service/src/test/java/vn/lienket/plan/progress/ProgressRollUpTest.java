package vn.lienket.plan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.ActivityProgressReported;
import vn.lienket.plan.compliance.BoardMembers;
import vn.lienket.plan.compliance.MekongSuccessions;

/** One master activity's roll-up after the 2025 map: the predecessors' reports beneath their successor, not counted. */
class ProgressRollUpTest {

    static int events;

    static MemberProgress report(String member, String status, Instant at) {
        return MemberProgress.first(new ActivityProgressReported("event-" + (++events), at, member, "mekong",
                MekongSuccessions.LEAD, "p", "5.1", "5.1", status, vn.lienket.support.time.VietnamTime.dateOf(at), null));
    }

    static final Instant BEFORE = Instant.parse("2025-06-10T02:00:00Z");
    static final Instant AFTER = Instant.parse("2025-09-10T02:00:00Z");

    final BoardMembers open = BoardMembers.of(MekongSuccessions.plan("p", "mekong", false), MekongSuccessions.after("mekong"), null);

    @Test
    void aSuccessorsReportCarriesItsPredecessorsBeneathAndOnlyTheMembersAreCounted() {
        List<MemberProgress> reports = List.of(report("kien-giang", "DONE", BEFORE), report("an-giang", "IN_PROGRESS", AFTER),
                report("hau-giang", "DONE", BEFORE), report("soc-trang", "IN_PROGRESS", BEFORE));

        ProgressView.Activity activity = ProgressRollUp.activity("5.1", "Famtrip", reports, open);

        assertThat(activity.byStatus()).containsExactly(java.util.Map.entry("IN_PROGRESS", 1L));
        assertThat(activity.reports()).extracting(ProgressView.Report::memberId).containsExactly("an-giang", "can-tho");
        ProgressView.Report anGiang = activity.reports().get(0);
        assertThat(anGiang.status()).isEqualTo("IN_PROGRESS");
        assertThat(anGiang.predecessors()).singleElement().satisfies(r -> {
            assertThat(r.memberId()).isEqualTo("kien-giang");
            assertThat(r.status()).isEqualTo("DONE");
            assertThat(r.succeededBy()).isEqualTo("an-giang");
            assertThat(r.succeededOn()).isEqualTo(MekongSuccessions.EFFECTIVE);
        });
        ProgressView.Report canTho = activity.reports().get(1);
        assertThat(canTho.status()).as("Cần Thơ has not reported itself").isNull();
        assertThat(canTho.reports()).isZero();
        assertThat(canTho.predecessors()).extracting(ProgressView.Report::memberId).containsExactly("hau-giang", "soc-trang");
        assertThat(activity.leadPredecessors()).isEmpty();
    }

    @Test
    void theClosedPlanShowsKienGiangsReportAsKienGiangs() {
        BoardMembers closed = BoardMembers.of(MekongSuccessions.plan("p", "mekong", true), MekongSuccessions.after("mekong"),
                MekongSuccessions.THIRTEEN);

        ProgressView.Activity activity = ProgressRollUp.activity("5.1", "Famtrip",
                List.of(report("kien-giang", "DONE", BEFORE), report("an-giang", "DONE", BEFORE)), closed);

        assertThat(activity.reports()).extracting(ProgressView.Report::memberId).containsExactly("an-giang", "kien-giang");
        assertThat(activity.reports()).allSatisfy(r -> assertThat(r.predecessors()).isEmpty());
        assertThat(activity.byStatus()).containsEntry("DONE", 2L);
    }
}
