package vn.lienket.plan.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.DerivedPlanTakenOver;

/**
 * The compliance board after the 2025 map, built from stored rows at a fixed day: the six successors
 * counted, their predecessors beneath as they stood when succeeded, and the closed 2024 plan as it was.
 */
class ComplianceViewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalDate DUE_V2 = LocalDate.of(2025, 8, 15);
    static final LocalDate DUE_V3 = LocalDate.of(2026, 12, 20);
    static final Instant TOLD_V2 = Instant.parse("2025-06-01T02:00:00Z");
    static final Instant TAKEN_OVER = Instant.parse("2025-07-01T01:00:00Z");
    static final String SUCCESSION = "an-giang@2025-07-01";

    /** v2 was published before the succession, v3 after it. */
    static ComplianceView.Latest latestBefore(LocalDate day) {
        return day.isAfter(LocalDate.of(2025, 9, 1)) ? new ComplianceView.Latest(3, DUE_V3) : new ComplianceView.Latest(2, DUE_V2);
    }

    final Map<String, MemberCompliance> stored = new HashMap<>();

    void store(MemberCompliance row) {
        stored.put(row.memberId(), row);
    }

    ComplianceView board(BoardMembers members) {
        return ComplianceView.of("p", "350/KH-UBND", new ComplianceView.Latest(3, DUE_V3), TODAY, members,
                m -> stored.getOrDefault(m, MemberCompliance.pending("p", m)), ComplianceViewTest::latestBefore);
    }

    static ComplianceView.Row row(ComplianceView view, String member) {
        return view.members().stream().filter(r -> r.memberId().equals(member)).findFirst().orElseThrow();
    }

    @Test
    void eachSuccessorCarriesItsPredecessorsBeneathAndOnlyTheSixAreCounted() {
        store(MemberCompliance.pending("p", "kien-giang").notified(2, DUE_V2, TOLD_V2));
        store(MemberCompliance.pending("p", "an-giang").takenOver(SUCCESSION, DerivedPlanTakenOver.REVISION_REQUIRED, 1, 3,
                DUE_V3, TAKEN_OVER));
        store(MemberCompliance.pending("p", "can-tho").notified(2, DUE_V2, TOLD_V2).revised(2, true, TOLD_V2)
                .takenOver("can-tho@2025-07-01", DerivedPlanTakenOver.CONSOLIDATING, 2, 3, DUE_V3, TAKEN_OVER));
        store(MemberCompliance.pending("p", "hau-giang").notified(2, DUE_V2, TOLD_V2).revised(2, false, TOLD_V2));
        store(MemberCompliance.pending("p", "ca-mau").takenOver("ca-mau@2025-07-01", DerivedPlanTakenOver.UP_TO_DATE, 3, 3,
                null, TAKEN_OVER));

        ComplianceView view = board(BoardMembers.of(MekongSuccessions.plan("p", "mekong", false),
                MekongSuccessions.after("mekong"), null));

        assertThat(view.members()).extracting(ComplianceView.Row::memberId)
                .containsExactlyInAnyOrderElementsOf(MekongSuccessions.SIX);
        ComplianceView.Row anGiang = row(view, "an-giang");
        assertThat(anGiang.status()).isEqualTo(ComplianceStatus.NOTIFIED);
        assertThat(anGiang.requiredVersion()).isEqualTo(3);
        assertThat(anGiang.dueDate()).isEqualTo(DUE_V3);
        assertThat(anGiang.consolidating()).isFalse();
        assertThat(anGiang.succeededBy()).isNull();
        assertThat(anGiang.predecessors()).singleElement().satisfies(kienGiang -> {
            assertThat(kienGiang.memberId()).isEqualTo("kien-giang");
            assertThat(kienGiang.status()).as("as it stood on 30/06/2025, its last day: never overdue since")
                    .isEqualTo(ComplianceStatus.NOTIFIED);
            assertThat(kienGiang.requiredVersion()).isEqualTo(2);
            assertThat(kienGiang.dueDate()).isEqualTo(DUE_V2);
            assertThat(kienGiang.succeededBy()).isEqualTo("an-giang");
            assertThat(kienGiang.succeededOn()).isEqualTo(MekongSuccessions.EFFECTIVE);
            assertThat(kienGiang.predecessors()).isEmpty();
        });
        ComplianceView.Row canTho = row(view, "can-tho");
        assertThat(canTho.consolidating()).isTrue();
        assertThat(canTho.status()).isEqualTo(ComplianceStatus.NOTIFIED);
        assertThat(canTho.predecessors()).extracting(ComplianceView.Row::memberId, ComplianceView.Row::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hau-giang", ComplianceStatus.REVISED),
                        org.assertj.core.groups.Tuple.tuple("soc-trang", ComplianceStatus.PENDING));
        assertThat(canTho.predecessors().get(1).requiredVersion()).as("pending for v2, the latest it could be told of")
                .isEqualTo(2);
        assertThat(row(view, "ca-mau").status()).isEqualTo(ComplianceStatus.REVISED);
        assertThat(row(view, "ca-mau").basedOnVersion()).isEqualTo(3);

        assertThat(view.byStatus()).containsEntry(ComplianceStatus.NOTIFIED, 2L).containsEntry(ComplianceStatus.REVISED, 1L)
                .containsEntry(ComplianceStatus.PENDING, 3L).doesNotContainKey(ComplianceStatus.OVERDUE);
        assertThat(view.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
        assertThat(view.notYetNotified()).as("vinh-long, dong-thap, tay-ninh; not soc-trang beneath can-tho").isEqualTo(3);
        assertThat(view.leadPredecessors()).isEmpty();
    }

    @Test
    void theClosedPlanKeepsItsThirteenWithKienGiangAsKienGiang() {
        store(MemberCompliance.pending("p", "kien-giang").notified(2, DUE_V2, TOLD_V2).revised(2, true, TOLD_V2));

        ComplianceView view = board(BoardMembers.of(MekongSuccessions.plan("p", "mekong", true),
                MekongSuccessions.after("mekong"), MekongSuccessions.THIRTEEN));

        assertThat(view.members()).hasSize(13).extracting(ComplianceView.Row::memberId)
                .containsExactlyElementsOf(MekongSuccessions.THIRTEEN);
        assertThat(row(view, "kien-giang").succeededBy()).isNull();
        assertThat(row(view, "an-giang").predecessors()).isEmpty();
        assertThat(view.members()).allSatisfy(r -> assertThat(r.predecessors()).isEmpty());
        assertThat(view.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(13);
    }
}
