package vn.lienket.console.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DraftConflictTest {

    static final Activity OPENED = new Activity("2.3", "Không gian kết nối", "Kết nối sản phẩm", "Quý III/2024",
            "Tỉnh Tiền Giang", null, List.of(), null);

    @Test
    void reApplyingKeepsTheOtherPersonsChangeToAFieldThePersonDidNotTouch() {
        Activity theirs = OPENED.with("timeframe", "Quý IV/2024");
        Activity mine = OPENED.with("location", "Tỉnh Vĩnh Long");

        DraftConflict conflict = DraftConflict.of(OPENED, theirs, mine, "\"7\"");

        assertThat(conflict.changedByOthers()).extracting(DraftConflict.Field::name).containsExactly("timeframe");
        assertThat(conflict.changed()).extracting(DraftConflict.Field::name).containsExactly("timeframe", "location");
        Activity reapplied = conflict.reapplied();
        assertThat(reapplied.timeframe()).isEqualTo("Quý IV/2024");
        assertThat(reapplied.location()).isEqualTo("Tỉnh Vĩnh Long");
        assertThat(reapplied.title()).isEqualTo(OPENED.title());
        assertThat(conflict.etag()).isEqualTo("\"7\"");
        assertThat(conflict.fields()).noneMatch(DraftConflict.Field::clash);
    }

    @Test
    void whenBothChangedTheSameFieldThePersonsValueIsReAppliedAndTheClashIsSaid() {
        DraftConflict conflict = DraftConflict.of(OPENED, OPENED.with("location", "Tỉnh Bến Tre"),
                OPENED.with("location", "Tỉnh Vĩnh Long"), "\"7\"");

        DraftConflict.Field location = conflict.changed().get(0);
        assertThat(location.opened()).isEqualTo("Tỉnh Tiền Giang");
        assertThat(location.current()).isEqualTo("Tỉnh Bến Tre");
        assertThat(location.mine()).isEqualTo("Tỉnh Vĩnh Long");
        assertThat(location.clash()).isTrue();
        assertThat(conflict.reapplied().location()).isEqualTo("Tỉnh Vĩnh Long");
    }

    @Test
    void bothMakingTheSameChangeIsNoClash() {
        Activity same = OPENED.with("location", "Tỉnh Vĩnh Long");

        assertThat(DraftConflict.of(OPENED, same, same, "\"7\"").changed().get(0).clash()).isFalse();
    }

    @Test
    void anActivityRemovedMeanwhileIsGoneAndEveryFieldCountsAsChanged() {
        DraftConflict conflict = DraftConflict.of(OPENED, null, OPENED.with("location", "Tỉnh Vĩnh Long"), "\"7\"");

        assertThat(conflict.gone()).isTrue();
        assertThat(conflict.currentOpened()).isNull();
    }

    @Test
    void unitsCompareAsTheListPeopleTypedOneALine() {
        Activity opened = OPENED.with("coordinatingUnits", "Sở Du lịch\nHội Lữ hành");
        Activity mine = opened.with("coordinatingUnits", "  Sở Du lịch \r\n\r\nHội Lữ hành");

        assertThat(opened.coordinatingUnits()).containsExactly("Sở Du lịch", "Hội Lữ hành");
        assertThat(DraftConflict.of(opened, opened, mine, "\"7\"").changed()).as("blank lines and spaces are no edit").isEmpty();
        assertThat(opened.formValue("coordinatingUnits")).isEqualTo("Sở Du lịch\nHội Lữ hành");
    }

    @Test
    void theActivityAsOpenedTravelsInTheFormAndComesBackTheSame() {
        ActivityForm form = new ActivityForm("\"3\"", ActivityForm.opened(OPENED), "2.3", "x", null, null, null, null, null, null);

        assertThat(form.openedOr(null)).isEqualTo(OPENED);
        assertThat(new ActivityForm("\"3\"", "{not json", "2.3", "x", null, null, null, null, null, null).openedOr(null)).isNull();
    }
}
