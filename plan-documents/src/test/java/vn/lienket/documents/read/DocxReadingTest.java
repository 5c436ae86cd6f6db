package vn.lienket.documents.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienket.documents.testing.TestDocuments;

class DocxReadingTest {

    private final DocumentReader reader = new DocumentReader(DocumentLimits.defaults());

    @Test
    void list_labels_come_from_the_numbering_definitions_whether_the_paragraph_or_its_style_numbers_it() {
        byte[] docx = TestDocuments.docx()
                .numbered(TestDocuments.ACTIVITIES, 0, "Phát triển du lịch")
                .numberedByStyle("Phối hợp tổ chức hội chợ")
                .numbered(TestDocuments.ACTIVITIES, 1, "Xây dựng sản phẩm")
                .numbered(TestDocuments.ACTIVITIES, 0, "Nông nghiệp")
                .numberedByStyle("Liên kết tiêu thụ nông sản")
                .numbered(TestDocuments.BULLETS, 0, "Chủ đề: Du lịch xanh")
                .bytes();

        SourceDocument document = reader.read(docx, "ke-hoach.docx");

        assertThat(document.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(document.encoding()).isEqualTo("UTF-8");
        assertThat(document.blocks()).extracting(Block::text).containsExactly(
                "1. Phát triển du lịch",
                "a) Phối hợp tổ chức hội chợ",
                "b) Xây dựng sản phẩm",
                "2. Nông nghiệp",
                "a) Liên kết tiêu thụ nông sản",
                "- Chủ đề: Du lịch xanh");
        assertThat(document.blocks()).extracting(Block::level).containsExactly(1, 2, 2, 1, 2, 1);
        assertThat(document.blocks()).extracting(Block::source)
                .containsExactly("paragraph 1", "paragraph 2", "paragraph 3", "paragraph 4", "paragraph 5", "paragraph 6");
    }

    @Test
    void a_level_can_repeat_the_levels_above_it_in_its_label() {
        byte[] docx = TestDocuments.docx()
                .numbered(TestDocuments.ACTIVITIES, 0, "Du lịch")
                .numbered(TestDocuments.ACTIVITIES, 0, "Nông nghiệp")
                .numbered(TestDocuments.ACTIVITIES, 2, "Hội chợ")
                .numbered(TestDocuments.ACTIVITIES, 2, "Hội thảo")
                .bytes();

        assertThat(reader.read(docx, "k.docx").blocks()).extracting(Block::text)
                .containsExactly("1. Du lịch", "2. Nông nghiệp", "2.1. Hội chợ", "2.2. Hội thảo");
    }

    @Test
    void headings_are_marked_with_their_level_and_all_bold_paragraphs_are_headings_too() {
        byte[] docx = TestDocuments.docx()
                .heading(0, "KẾ HOẠCH")
                .heading(1, "I. MỤC ĐÍCH, YÊU CẦU")
                .paragraph("Triển khai có hiệu quả.")
                .heading(2, "1. Mục đích")
                .boldParagraph("II. NỘI DUNG")
                .bytes();

        List<Block> blocks = reader.read(docx, "k.docx").blocks();

        assertThat(blocks).extracting(Block::text).containsExactly("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU",
                "Triển khai có hiệu quả.", "1. Mục đích", "II. NỘI DUNG");
        assertThat(blocks).extracting(Block::heading).containsExactly(true, true, false, true, true);
        assertThat(blocks).extracting(Block::level).containsExactly(1, 1, 0, 2, 0);
    }

    @Test
    void tables_give_one_block_a_row_with_its_cells_and_paragraphs_keep_counting_around_them() {
        byte[] docx = TestDocuments.docx()
                .paragraph("Phụ lục")
                .table(List.of(
                        List.of("STT", "Nội dung", "Thời gian", "Đơn vị chủ trì"),
                        List.of("1", "Hội chợ   OCOP", "Quý II/2024", "Sở Công Thương")))
                .paragraph("Nơi nhận:")
                .bytes();

        List<Block> blocks = reader.read(docx, "k.docx").blocks();

        assertThat(blocks).hasSize(4);
        Block row = blocks.get(2);
        assertThat(row.kind()).isEqualTo(Block.Kind.TABLE_ROW);
        assertThat(row.source()).isEqualTo("table 1, row 2");
        assertThat(row.cells()).containsExactly("1", "Hội chợ OCOP", "Quý II/2024", "Sở Công Thương");
        assertThat(row.text()).isEqualTo("1 | Hội chợ OCOP | Quý II/2024 | Sở Công Thương");
        assertThat(blocks.get(3).source()).isEqualTo("paragraph 2");
    }

    @Test
    void a_table_inside_a_cell_gives_rows_of_its_own_after_the_row_that_holds_it() {
        byte[] docx = TestDocuments.docx()
                .tableWithNestedTable(List.of("1", "Du lịch"), List.of(List.of("a)", "Hội chợ"), List.of("b)", "Hội thảo")))
                .bytes();

        List<Block> blocks = reader.read(docx, "k.docx").blocks();

        assertThat(blocks).extracting(Block::source).containsExactly("table 1, row 1", "table 2, row 1", "table 2, row 2");
        assertThat(blocks.get(0).cells()).startsWith("1", "Du lịch");
        assertThat(blocks.get(2).text()).isEqualTo("b) | Hội thảo");
    }

    @Test
    void a_table_cell_numbered_by_word_carries_its_label_and_list_counting_continues_in_document_order() {
        byte[] docx = TestDocuments.docx()
                .tableNumberingItsFirstColumn(List.of(
                        List.of("STT", "Nội dung", "Đơn vị chủ trì"),
                        List.of("", "Hội chợ OCOP", "Sở Công Thương"),
                        List.of("", "Famtrip", "Sở Du lịch")))
                .numbered(TestDocuments.ACTIVITIES, 0, "Hội thảo")
                .bytes();

        List<Block> blocks = reader.read(docx, "k.docx").blocks();

        assertThat(blocks).extracting(Block::text).containsExactly("STT | Nội dung | Đơn vị chủ trì",
                "1. | Hội chợ OCOP | Sở Công Thương", "2. | Famtrip | Sở Du lịch", "3. Hội thảo");
        assertThat(blocks.get(1).cells()).containsExactly("1.", "Hội chợ OCOP", "Sở Công Thương");
    }

    @Test
    void a_docx_longer_than_the_page_limit_at_three_thousand_characters_a_page_is_too_large() {
        TestDocuments.DocxBuilder builder = TestDocuments.docx();
        for (int i = 0; i < 120; i++) {
            builder.paragraph("Tổ chức hội chợ thương mại, du lịch vùng Đồng bằng sông Cửu Long năm 2024, lần " + i);
        }
        DocumentReader twoPages = new DocumentReader(new DocumentLimits(10L * 1024 * 1024, 2, 10L * 1024 * 1024, 100,
                java.time.Duration.ofSeconds(20)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> twoPages.read(builder.bytes(), "dai.docx"))
                .isInstanceOfSatisfying(vn.lienket.documents.DocumentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(vn.lienket.documents.DocumentRefused.Reason.TOO_LARGE);
                    assertThat(refused.getMessage()).contains("dai.docx").contains("about 4 pages");
                });
    }

    @Test
    void a_docx_typed_in_a_tcvn3_font_is_converted_paragraph_by_paragraph_and_its_table_cell_by_cell() {
        TestDocuments.DocxBuilder builder = TestDocuments.docx();
        LegacySamples.TCVN3_LINES.forEach(builder::paragraph);
        byte[] docx = builder.table(List.of(List.of("STT", "§¬n vÞ chñ tr×"), List.of("1", "Së Du lÞch"))).bytes();

        SourceDocument document = reader.read(docx, "vntime.docx");

        assertThat(document.encoding()).isEqualTo("TCVN3");
        int lines = LegacySamples.UNICODE_LINES.size();
        assertThat(document.blocks().subList(0, lines)).extracting(Block::text)
                .containsExactlyElementsOf(LegacySamples.UNICODE_LINES);
        assertThat(document.blocks().get(lines).cells()).containsExactly("STT", "Đơn vị chủ trì");
        assertThat(document.blocks().get(lines + 1).text()).isEqualTo("1 | Sở Du lịch");
    }

    @Test
    void a_footnote_is_left_out_of_the_paragraph_it_annotates() {
        byte[] docx = TestDocuments.docx().paragraphWithFootnote("Căn cứ Kế hoạch số 350/KH-UBND", "Ban hành năm 2024")
                .paragraph("Nội dung").bytes();

        assertThat(reader.read(docx, "k.docx").blocks()).extracting(Block::text)
                .containsExactly("Căn cứ Kế hoạch số 350/KH-UBND", "Nội dung");
    }

    @Test
    void tracked_changes_read_as_if_accepted() {
        byte[] docx = TestDocuments.docx().paragraphWithTrackedChanges("Thời gian: ", "Quý III/2024", "Quý II/2024")
                .bytes();

        assertThat(reader.read(docx, "k.docx").blocks()).extracting(Block::text).containsExactly("Thời gian: Quý III/2024");
    }

    @Test
    void a_line_break_inside_a_paragraph_is_a_space() {
        byte[] docx = TestDocuments.docx().paragraph("Đơn vị chủ trì:\nSở Du lịch").bytes();

        assertThat(reader.read(docx, "k.docx").blocks()).extracting(Block::text)
                .containsExactly("Đơn vị chủ trì: Sở Du lịch");
    }
}
