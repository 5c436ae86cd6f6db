package vn.lienket.console.derived;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormsTest {

    @Test
    void localFieldsTakeUnitsOneALineAndBlanksAsNone() {
        LocalFieldsForm form = new LocalFieldsForm(" Sở Du lịch tỉnh Kiên Giang ", "Hiệp hội Du lịch\r\n\r\n Trung tâm Xúc tiến ; Báo Kiên Giang",
                "", "Tháng 5/2024", null, "  ", "Diễn đàn dời sang tháng 5");

        Map<String, Object> body = form.body();

        assertThat(body.get("leadUnit")).isEqualTo("Sở Du lịch tỉnh Kiên Giang");
        assertThat(body.get("coordinatingUnits")).isEqualTo(List.of("Hiệp hội Du lịch", "Trung tâm Xúc tiến", "Báo Kiên Giang"));
        assertThat(body.get("theme")).isNull();
        assertThat(body.get("notes")).isNull();
        assertThat(body).containsKeys("theme", "location", "notes");
        assertThat(body.get("justification")).isEqualTo("Diễn đàn dời sang tháng 5");
    }

    @Test
    void aConflictNamesTheFieldsWhereTheSavedValuesDifferFromThePersons() {
        LocalFieldsForm mine = new LocalFieldsForm("Sở Du lịch", "", "Du lịch xanh", "Tháng 5/2024", "Phú Quốc", null, "Lý do");
        LocalFieldsForm saved = new LocalFieldsForm("Sở Du lịch", null, "Du lịch xanh", "Tháng 6/2024", "Rạch Giá", null, "Lý do");

        assertThat(mine.differingFrom(saved)).containsExactly("timeframe", "location");
    }

    @Test
    void aLocalActivityNestsItsFields() {
        LocalActivityForm form = new LocalActivityForm("6.1", "Lễ hội Nghinh Ông", "UBND huyện", "", null, "Tháng 8/2024", "Cần Giờ", null);

        assertThat(form.body()).containsEntry("code", "6.1").containsEntry("title", "Lễ hội Nghinh Ông");
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) form.body().get("fields");
        assertThat(fields).containsEntry("leadUnit", "UBND huyện")
                .containsEntry("coordinatingUnits", List.of()).containsEntry("justification", null);
    }

    @Test
    void aProgressReportLeavesAsOfOutWhenBlank() {
        assertThat(new ProgressForm("1.1", "DONE", "", "Xong").body())
                .containsEntry("status", "DONE").containsEntry("asOf", null).containsEntry("note", "Xong");
    }

}
