package vn.lienket.plan.masterplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.ActivitySnapshot;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.fixtures.ProgrammeFixture;

/** Next year's plan numbers each section's activities without gaps, as a new document would. */
class RenumberingTest {

    static final List<SectionSnapshot> PLAN_350 = ProgrammeFixture.hcmcMekong2024().masterPlan().snapshots();

    static ActivitySnapshot activity(String code) {
        return new ActivitySnapshot(code, "Hoạt động " + code, null, "Năm 2025", null);
    }

    static List<String> codes(SectionSnapshot section) {
        return section.activities().stream().map(ActivitySnapshot::code).toList();
    }

    @Test
    void aPlanNumberedWithoutGapsIsCopiedAsItIs() {
        Renumbering.Result result = Renumbering.contiguous(PLAN_350);

        assertThat(result.sections()).isEqualTo(PLAN_350);
        assertThat(result.renumbered()).isEmpty();
    }

    @Test
    void theGapAnActivityRemovedDuringTheYearLeftIsClosedAndSubActivitiesFollowTheirParent() {
        SectionSnapshot section = new SectionSnapshot("2", "Phát triển sản phẩm", List.of(
                activity("2.1"), activity("2.3"), activity("2.3.1"), activity("2.3.3"), activity("2.10")));

        Renumbering.Result result = Renumbering.contiguous(List.of(section));

        assertThat(codes(result.sections().get(0))).containsExactly("2.1", "2.2", "2.2.1", "2.2.2", "2.3");
        assertThat(result.renumbered()).containsEntry("2.3", "2.2").containsEntry("2.3.3", "2.2.2")
                .containsEntry("2.10", "2.3").doesNotContainKey("2.1");
        assertThat(result.sections().get(0).activities().get(1).title()).as("only the number changes").isEqualTo("Hoạt động 2.3");
    }

    @Test
    void eachSectionIsNumberedOnItsOwn() {
        Renumbering.Result result = Renumbering.contiguous(List.of(
                new SectionSnapshot("1", "Một", List.of(activity("1.2"))),
                new SectionSnapshot("3", "Ba", List.of(activity("3.1"), activity("3.4")))));

        assertThat(codes(result.sections().get(0))).containsExactly("1.1");
        assertThat(codes(result.sections().get(1))).containsExactly("3.1", "3.2");
        assertThat(result.sections()).extracting(SectionSnapshot::code).containsExactly("1", "3");
    }
}
