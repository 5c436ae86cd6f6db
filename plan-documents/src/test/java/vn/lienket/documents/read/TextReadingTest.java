package vn.lienket.documents.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienket.documents.DocumentRefused;

class TextReadingTest {

    private final DocumentReader reader = new DocumentReader(DocumentLimits.defaults());

    @Test
    void plain_text_gives_a_line_block_per_non_blank_line_numbered_as_in_the_file() {
        String text = "KẾ HOẠCH\n\n  Thời gian   thực hiện:\tQuý II/2024  \r\n\n- Địa điểm: Rạch Giá\n";

        SourceDocument document = reader.read(text.getBytes(StandardCharsets.UTF_8), "ke-hoach.txt");

        assertThat(document.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(document.encoding()).isEqualTo("UTF-8");
        assertThat(document.pages()).isEqualTo(1);
        assertThat(document.blocks()).extracting(Block::source).containsExactly("line 1", "line 3", "line 5");
        assertThat(document.blocks()).extracting(Block::text)
                .containsExactly("KẾ HOẠCH", "Thời gian thực hiện: Quý II/2024", "- Địa điểm: Rạch Giá");
        assertThat(document.blocks()).allMatch(block -> block.kind() == Block.Kind.LINE && !block.heading());
    }

    @Test
    void decomposed_text_comes_out_composed() {
        String nfd = Normalizer.normalize("Đơn vị chủ trì: Sở Văn hóa", Normalizer.Form.NFD);

        String text = reader.read(nfd.getBytes(StandardCharsets.UTF_8), "x.txt").blocks().get(0).text();

        assertThat(text).isEqualTo("Đơn vị chủ trì: Sở Văn hóa");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void utf8_with_a_byte_order_mark_is_read_without_it() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        SourceDocument document = reader.read(concat(bom, "Kế hoạch".getBytes(StandardCharsets.UTF_8)), "x.txt");

        assertThat(document.encoding()).isEqualTo("UTF-8");
        assertThat(document.blocks().get(0).text()).isEqualTo("Kế hoạch");
    }

    @Test
    void utf16_with_its_byte_order_mark_is_read() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = "Kế hoạch số 350/KH-UBND".getBytes(StandardCharsets.UTF_16LE);

        SourceDocument document = reader.read(concat(bom, body), "x.txt");

        assertThat(document.encoding()).isEqualTo("UTF-16");
        assertThat(document.blocks().get(0).text()).isEqualTo("Kế hoạch số 350/KH-UBND");
    }

    @Test
    void markdown_headings_and_bold_are_stripped_and_marked() {
        String markdown = """
                # KẾ HOẠCH
                ## I. MỤC ĐÍCH
                **II. NỘI DUNG**
                1\\. Hội chợ **OCOP** vùng
                - Chủ đề: Du lịch
                """;

        SourceDocument document = reader.read(markdown.getBytes(StandardCharsets.UTF_8), "plan.md");

        assertThat(document.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(document.blocks()).extracting(Block::text).containsExactly("KẾ HOẠCH", "I. MỤC ĐÍCH", "II. NỘI DUNG",
                "1. Hội chợ OCOP vùng", "- Chủ đề: Du lịch");
        assertThat(document.blocks()).extracting(Block::heading).containsExactly(true, true, true, false, false);
        assertThat(document.blocks()).extracting(Block::level).containsExactly(1, 2, 0, 0, 0);
    }

    @Test
    void a_markdown_pipe_table_gives_table_rows_with_their_cells_and_its_rule_is_dropped() {
        String markdown = """
                ## Phụ lục
                | STT | Nội dung | Đơn vị chủ trì |
                |:---:|----------|----------------|
                | 1 | Hội chợ **OCOP** | Sở Công Thương |
                """;

        SourceDocument document = reader.read(markdown.getBytes(StandardCharsets.UTF_8), "phu-luc.md");

        assertThat(document.blocks()).extracting(Block::kind).containsExactly(Block.Kind.LINE, Block.Kind.TABLE_ROW,
                Block.Kind.TABLE_ROW);
        assertThat(document.blocks().get(2).cells()).containsExactly("1", "Hội chợ OCOP", "Sở Công Thương");
        assertThat(document.blocks().get(2).text()).isEqualTo("1 | Hội chợ OCOP | Sở Công Thương");
        assertThat(document.blocks().get(2).source()).isEqualTo("line 4");
    }

    @Test
    void windows_1258_text_is_converted() {
        SourceDocument document = reader.read(windows1258("Kế hoạch thực hiện năm 2024 của Tỉnh Kiên Giang"), "x.txt");

        assertThat(document.encoding()).isEqualTo("windows-1258");
        assertThat(document.blocks().get(0).text()).isEqualTo("Kế hoạch thực hiện năm 2024 của Tỉnh Kiên Giang");
    }

    @Test
    void tcvn3_bytes_are_converted_to_unicode() {
        SourceDocument document = reader.read(latin1(LegacySamples.TCVN3_LINES), "ke-hoach.txt");

        assertThat(document.encoding()).isEqualTo("TCVN3");
        assertThat(document.blocks()).extracting(Block::text).containsExactlyElementsOf(LegacySamples.UNICODE_LINES);
    }

    @Test
    void vni_bytes_are_converted_to_unicode() {
        SourceDocument document = reader.read(latin1(LegacySamples.VNI_LINES), "ke-hoach.txt");

        assertThat(document.encoding()).isEqualTo("VNI");
        assertThat(document.blocks()).extracting(Block::text).containsExactlyElementsOf(LegacySamples.UNICODE_LINES);
    }

    @Test
    void tcvn3_text_once_read_as_windows_1252_and_saved_as_utf8_is_recognised_and_converted() {
        byte[] mojibake = String.join("\n", LegacySamples.TCVN3_LINES).getBytes(StandardCharsets.UTF_8);

        SourceDocument document = reader.read(mojibake, "ke-hoach.txt");

        assertThat(document.encoding()).isEqualTo("TCVN3");
        assertThat(document.blocks()).extracting(Block::text).containsExactlyElementsOf(LegacySamples.UNICODE_LINES);
    }

    @Test
    void vni_text_once_read_as_windows_1252_and_saved_as_utf8_is_recognised_and_converted() {
        byte[] mojibake = String.join("\n", LegacySamples.VNI_LINES).getBytes(StandardCharsets.UTF_8);

        SourceDocument document = reader.read(mojibake, "ke-hoach.md");

        assertThat(document.encoding()).isEqualTo("VNI");
        assertThat(document.blocks()).extracting(Block::text).containsExactlyElementsOf(LegacySamples.UNICODE_LINES);
    }

    @Test
    void tcvn3_capitals_typed_in_the_h_font_come_out_as_capitals() {
        SourceDocument document = reader.read(latin1(List.of("KÕ HO¹CH THùC HIÖN")), "x.txt");

        assertThat(document.blocks().get(0).text()).isEqualTo("KẾ HOẠCH THỰC HIỆN");
    }

    @Test
    void vni_capitals_have_capital_mark_bytes_and_come_out_as_capitals() {
        // Ế is "EÁ", Ạ "AÏ", Ự "ÖÏ", Ệ "EÄ" in VNI: the capitals' mark bytes are 0x20 below the small letters'.
        SourceDocument document = reader.read(latin1(List.of("KEÁ HOAÏCH THÖÏC HIEÄN")), "x.txt");

        assertThat(document.encoding()).isEqualTo("VNI");
        assertThat(document.blocks().get(0).text()).isEqualTo("KẾ HOẠCH THỰC HIỆN");
    }

    @Test
    void legacy_text_that_still_makes_no_sense_after_conversion_is_refused_naming_the_encoding() {
        // TCVN3 words, with every other word's letters shuffled into sequences no syllable has.
        List<String> damaged = List.of("KÕ ho¹ch thùc hiÖn n¨m ¸¸¸µ ¹¹¹ ªªª «««ª ¸µ¹ ¬¬¬ ®®® ÕÕÕ ¸¸ µµ ¹¹ ªª ¬¬");

        assertThatThrownBy(() -> reader.read(latin1(damaged), "cu.txt"))
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(DocumentRefused.Reason.LEGACY_ENCODING);
                    assertThat(refused.getMessage()).contains("cu.txt").contains("TCVN3");
                });
    }

    @Test
    void a_long_text_counts_its_pages_at_three_thousand_characters_and_more_than_the_limit_is_refused() {
        String line = "Tổ chức hội chợ thương mại, du lịch vùng Đồng bằng sông Cửu Long năm 2024.\n";
        byte[] text = line.repeat(200).getBytes(StandardCharsets.UTF_8);
        DocumentReader strict = new DocumentReader(new DocumentLimits(1024 * 1024, 3, 1024 * 1024, 100,
                java.time.Duration.ofSeconds(20)));

        assertThat(reader.read(text, "x.txt").pages()).isEqualTo((line.strip().length() * 200 + 2999) / 3000);
        assertThatThrownBy(() -> strict.read(text, "dai.txt"))
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(DocumentRefused.Reason.TOO_LARGE);
                    assertThat(refused.getMessage()).contains("dai.txt").contains("pages");
                });
    }

    /** windows-1258 keeps â ê ô ă đ ơ ư whole and writes the tone as a combining mark after them. */
    private static byte[] windows1258(String text) {
        StringBuilder split = new StringBuilder();
        for (char c : text.toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tone = decomposed.replaceAll("[^\\u0300\\u0301\\u0303\\u0309\\u0323]", "");
            String rest = Normalizer.normalize(decomposed.replaceAll("[\\u0300\\u0301\\u0303\\u0309\\u0323]", ""),
                    Normalizer.Form.NFC);
            split.append(rest).append(tone);
        }
        return split.toString().getBytes(java.nio.charset.Charset.forName("windows-1258"));
    }

    private static byte[] latin1(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
