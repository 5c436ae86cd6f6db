package vn.lienket.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void a_peoples_committee_is_its_parent_body_over_its_place_in_bold_capitals() {
        assertThat(Layout.issuer("Ủy ban nhân dân Thành phố Hồ Chí Minh"))
                .isEqualTo(new Layout.Issuer("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"));
        assertThat(Layout.issuer("Uỷ ban nhân dân tỉnh Kiên Giang"))
                .isEqualTo(new Layout.Issuer("ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG"));
        assertThat(Layout.issuer("UBND  tỉnh Đồng Tháp")).isEqualTo(new Layout.Issuer("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"));
    }

    @Test
    void any_other_issuer_is_one_bold_line() {
        assertThat(Layout.issuer("Sở Du lịch Thành phố Hồ Chí Minh"))
                .isEqualTo(new Layout.Issuer(null, "SỞ DU LỊCH THÀNH PHỐ HỒ CHÍ MINH"));
        assertThat(Layout.issuer("Ủy ban nhân dân")).isEqualTo(new Layout.Issuer(null, "ỦY BAN NHÂN DÂN"));
    }

    @Test
    void the_number_and_date_lines_leave_blanks_for_what_is_not_known_yet() {
        assertThat(Layout.numberLine("350/KH-UBND")).isEqualTo("Số: 350/KH-UBND");
        assertThat(Layout.numberLine(null)).isEqualTo("Số:      /KH-UBND");
        assertThat(Layout.dateLine("Thành phố Hồ Chí Minh", LocalDate.of(2024, 1, 19)))
                .isEqualTo("Thành phố Hồ Chí Minh, ngày 19 tháng 01 năm 2024");
        assertThat(Layout.dateLine("Kiên Giang", null)).isEqualTo("Kiên Giang, ngày      tháng      năm      ");
    }

    @Test
    void recipients_are_dashed_lines_ending_with_a_semicolon_and_the_last_with_a_full_stop() {
        assertThat(Layout.recipientLines(List.of("Bộ Văn hóa, Thể thao và Du lịch;", "- Sở Du lịch", " ", "Lưu: VT")))
                .containsExactly("- Bộ Văn hóa, Thể thao và Du lịch;", "- Sở Du lịch;", "- Lưu: VT.");
    }

    @Test
    void text_is_composed_and_loses_only_invisible_characters() {
        assertThat(Layout.clean("  Ho\u0302\u0323i  nghi\u0323\t\u200Bxu\u0301c \uFEFF tie\u0302\u0301n\u00AD\n"))
                .isEqualTo("Hội nghị xúc tiến");
        assertThat(Layout.clean("Cần Thơ – “Tây Đô” … 100%")).isEqualTo("Cần Thơ – “Tây Đô” … 100%");
    }

    @Test
    void the_signers_title_is_a_line_in_capitals_for_each_part() {
        assertThat(Layout.signerLines("TM. Ủy ban nhân dân / KT. Chủ tịch / Phó Chủ tịch"))
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    }

    @Test
    void an_annex_is_its_kind_title_and_paragraphs_as_a_list() throws java.io.IOException {
        PlanDocument annex = new PlanDocument("Ủy ban nhân dân Thành phố Hồ Chí Minh", "350/KH-UBND",
                "Thành phố Hồ Chí Minh", LocalDate.of(2024, 3, 1), "Phụ lục", "Những thay đổi của Kế hoạch",
                List.of(), List.of(), List.of(), List.of("Hoạt động 2.3 đổi thời gian thực hiện", "- Hoạt động 3.4 được thêm"),
                null, List.of(), null, null);
        assertThat(Flow.of(annex).paragraphs()).containsExactly(
                new Flow.Paragraph(Flow.Kind.KIND, "PHỤ LỤC"),
                new Flow.Paragraph(Flow.Kind.TITLE, "Những thay đổi của Kế hoạch"),
                new Flow.Paragraph(Flow.Kind.ITEM, "- Hoạt động 2.3 đổi thời gian thực hiện"),
                new Flow.Paragraph(Flow.Kind.ITEM, "- Hoạt động 3.4 được thêm"));
        try (var pdf = PdfText.open(PlanWriter.write(annex, ExportFormat.PDF))) {
            assertThat(PdfText.flat(pdf)).contains("PHỤ LỤC Những thay đổi của Kế hoạch - Hoạt động 2.3 đổi thời gian thực hiện"
                    + " - Hoạt động 3.4 được thêm");
        }
    }
}
