package vn.lienket.plan.masterplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.ActivitySnapshot;
import vn.lienket.contracts.PlanChanges;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.support.web.ApiException;

class DraftEditsTest {

    static final List<SectionSnapshot> PLAN_350 = ProgrammeFixture.hcmcMekong2024().masterPlan().snapshots();
    static final ActivitySnapshot FAMTRIP = new ActivitySnapshot("2.4", "Famtrip khảo sát sản phẩm liên kết", null,
            "Quý IV/2024", "Tỉnh Cà Mau");

    static List<String> codes(List<SectionSnapshot> sections) {
        return List.copyOf(PlanChanges.byCode(sections).keySet());
    }

    @Test
    void anAddedActivityTakesItsPlaceInItsSection() {
        List<SectionSnapshot> edited = DraftEdits.add(PLAN_350, "2", FAMTRIP);

        assertThat(edited.get(1).activities()).extracting(ActivitySnapshot::code).containsExactly("2.1", "2.2", "2.3", "2.4");
        assertThat(codes(PLAN_350)).hasSize(13);
        assertThatThrownBy(() -> DraftEdits.add(edited, "2", FAMTRIP)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> DraftEdits.add(PLAN_350, "9", FAMTRIP))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(404));
    }

    @Test
    void aChangedActivityKeepsItsNumberAndAMovedOneIsRenumbered() {
        ActivitySnapshot atVinhLong = new ActivitySnapshot("2.3", PLAN_350.get(1).activities().get(2).title(),
                null, "Quý III/2024", "Tỉnh Vĩnh Long");

        assertThat(PlanChanges.byCode(DraftEdits.change(PLAN_350, "2.3", atVinhLong)).get("2.3").location())
                .isEqualTo("Tỉnh Vĩnh Long");
        assertThatThrownBy(() -> DraftEdits.change(PLAN_350, "2.2", atVinhLong))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("code"));

        List<SectionSnapshot> moved = DraftEdits.move(PLAN_350, "2.3", "3", "3.4");
        assertThat(codes(moved)).contains("3.4").doesNotContain("2.3").hasSize(13);
        assertThat(PlanChanges.byCode(moved).get("3.4").location()).isEqualTo("Tỉnh Tiền Giang");
    }

    @Test
    void aRemovedActivityIsGoneAndAnUnknownOneIs404() {
        assertThat(codes(DraftEdits.remove(PLAN_350, "6.1"))).doesNotContain("6.1").hasSize(12);
        assertThatThrownBy(() -> DraftEdits.remove(PLAN_350, "7.1"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(404));
    }
}
