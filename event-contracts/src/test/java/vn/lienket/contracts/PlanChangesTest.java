package vn.lienket.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlanChangesTest {

    static final ActivitySnapshot SPACE_2_3 = new ActivitySnapshot("2.3", "Không gian kết nối các khu, điểm du lịch",
            "Kết nối sản phẩm - Phát triển hành trình", "Quý III/2024", "Tỉnh Tiền Giang");
    static final ActivitySnapshot VOTE_2_2 = new ActivitySnapshot("2.2", "Chương trình bình chọn điểm đến",
            null, "Từ quý II đến quý III/2024", "Thành phố Hồ Chí Minh");

    static List<SectionSnapshot> plan(ActivitySnapshot... activities) {
        return List.of(new SectionSnapshot("2", "Liên kết hợp tác phát triển sản phẩm du lịch", List.of(activities)));
    }

    static ActivitySnapshot movedTo(ActivitySnapshot a, String location) {
        return a.withLocation(location);
    }

    @Test
    void aChangedLocationIsOneFieldChangeWithOldAndNewValue() {
        List<ActivityChange> changes = PlanChanges.between(plan(VOTE_2_2, SPACE_2_3),
                plan(VOTE_2_2, movedTo(SPACE_2_3, "Tỉnh Vĩnh Long")));

        assertThat(changes).containsExactly(new ActivityChange("2.3", ChangeKind.CHANGED, SPACE_2_3.title(),
                List.of(new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Vĩnh Long"))));
    }

    @Test
    void addedAndRemovedActivitiesCarryEveryFieldTheyHad() {
        List<ActivityChange> added = PlanChanges.between(plan(VOTE_2_2), plan(VOTE_2_2, SPACE_2_3));
        List<ActivityChange> removed = PlanChanges.between(plan(VOTE_2_2, SPACE_2_3), plan(VOTE_2_2));

        assertThat(added).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.ADDED);
            assertThat(c.fields()).contains(new FieldChange("location", null, "Tỉnh Tiền Giang"));
        });
        assertThat(removed).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.REMOVED);
            assertThat(c.fields()).contains(new FieldChange("timeframe", "Quý III/2024", null));
        });
    }

    @Test
    void comparingAcrossSeveralVersionsGivesTheNetChange() {
        List<SectionSnapshot> v1 = plan(VOTE_2_2, SPACE_2_3);
        List<SectionSnapshot> v4 = plan(VOTE_2_2, movedTo(SPACE_2_3, "Tỉnh Bến Tre"));

        assertThat(PlanChanges.between(v1, v4)).singleElement()
                .satisfies(c -> assertThat(c.fields()).containsExactly(
                        new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Bến Tre")));
        assertThat(PlanChanges.between(v1, v1)).isEmpty();
    }

    @Test
    void theLeadAuthoritysUnitsAndNotesAreComparedToo() {
        ActivitySnapshot withUnits = new ActivitySnapshot("2.3", SPACE_2_3.title(), SPACE_2_3.theme(), SPACE_2_3.timeframe(),
                SPACE_2_3.location(), "Sở Du lịch", List.of("Hiệp hội Du lịch", "Báo Người Lao Động"), null);

        List<ActivityChange> changes = PlanChanges.between(plan(SPACE_2_3), plan(withUnits));

        assertThat(changes).singleElement().satisfies(c -> assertThat(c.fields()).containsExactly(
                new FieldChange("leadUnit", null, "Sở Du lịch"),
                new FieldChange("coordinatingUnits", null, "Hiệp hội Du lịch; Báo Người Lao Động")));
        assertThat(ChangeSentences.of(changes.get(0))).contains("đơn vị chủ trì bổ sung: Sở Du lịch");
    }

    @Test
    void activitiesAreOrderedByTheirNumberNotAsText() {
        ActivitySnapshot tenth = new ActivitySnapshot("2.10", "Mười", null, null, null);
        List<ActivityChange> changes = PlanChanges.between(List.of(), plan(tenth, SPACE_2_3));

        assertThat(changes).extracting(ActivityChange::activityCode).containsExactly("2.3", "2.10");
    }

    @Test
    void eachChangeReadsAsASentenceOfThePlans() {
        List<ActivityChange> moved = PlanChanges.between(plan(VOTE_2_2, SPACE_2_3),
                plan(VOTE_2_2, movedTo(SPACE_2_3, "Tỉnh Vĩnh Long")));
        List<ActivityChange> added = PlanChanges.between(plan(VOTE_2_2), plan(VOTE_2_2, SPACE_2_3));

        assertThat(ChangeSentences.of(moved.get(0)))
                .isEqualTo("Hoạt động 2.3: địa điểm đổi từ Tỉnh Tiền Giang sang Tỉnh Vĩnh Long");
        assertThat(ChangeSentences.of(added.get(0))).isEqualTo("Hoạt động 2.3 (mới): " + SPACE_2_3.title());
    }
}
