package vn.lienket.documents.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Labels are found through folded keys and a small tolerance of misread letters; the values after them are not touched. */
class LabelsTest {

    @Test
    void labelsWithTheirMarksLostOrMisreadAreStillLabels() {
        assertThat(field("Thoi gian thuc hien: Quy II/2021")).isEqualTo(Labels.Field.TIMEFRAME);
        assertThat(field("Thòi gian thưc hien : Quý II")).isEqualTo(Labels.Field.TIMEFRAME);
        assertThat(field("Th ời gian thực hiện: Quý II")).isEqualTo(Labels.Field.TIMEFRAME);
        assertThat(field("Đon vi phoi họp: Sở Tài chính")).isEqualTo(Labels.Field.COORDINATING);
        assertThat(field("Don vi chu tri: So Du lich")).isEqualTo(Labels.Field.LEAD);
        assertThat(field("Dja diem: Cần Thơ")).isEqualTo(Labels.Field.LOCATION);
        assertThat(field("Đơn vị chủ trì phối hợp: Sở Du lịch")).isEqualTo(Labels.Field.LEAD);
        assertThat(field("Đơn vị thực hiện: Sở Du lịch")).isEqualTo(Labels.Field.LEAD);
        assertThat(field("Cơ quan chủ trì thực hiện: Sở Du lịch")).isEqualTo(Labels.Field.LEAD);
        assertThat(field("Địa điểm tổ chức: Cần Thơ")).isEqualTo(Labels.Field.LOCATION);
        assertThat(field("Nội dung: tham gia")).isEqualTo(Labels.Field.NOTES);
    }

    @Test
    void theValueStartsAfterTheLabelAndItsColonAsWritten() {
        String text = "Thòi gian thưc hien :  từ quý II đến quý III/2024.";
        Labels.Found found = Starts.field(text).orElseThrow();
        assertThat(Values.clean(text.substring(found.valueStart()))).isEqualTo("từ quý II đến quý III/2024");
    }

    @Test
    void aUnitLabelStandsWithoutItsColonOnlyWhenExactAndFollowedByAName() {
        assertThat(field("Cơ quan chủ trì Sở Du lịch")).isEqualTo(Labels.Field.LEAD);
        assertThat(Starts.field("Cơ quan chủ trì các hoạt động sẽ báo cáo")).isEmpty();
        assertThat(Starts.field("Co quan chu trl So Du lich")).isEmpty();
    }

    @Test
    void wordsThatOnlyResembleALabelAreNotOne() {
        assertThat(Starts.field("Thời hạn nộp báo cáo là ngày 15")).isEmpty();
        assertThat(Starts.field("Các doanh nghiệp du lịch: tham gia")).isEmpty();
        assertThat(Starts.field("Thời gian qua, các sở đã phối hợp")).isEmpty();
        assertThat(Starts.field("Chủ động phối hợp với các sở")).isEmpty();
    }

    private static Labels.Field field(String text) {
        return Starts.field(text).map(Labels.Found::field).orElse(null);
    }
}
