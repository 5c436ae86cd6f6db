package vn.lienket.documents.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class VietnameseLettersTest {

    private static final String VOWELS = "aăâeêioôơuưy";
    /** No tone, huyền, sắc, hỏi, ngã, nặng. */
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};

    /** Every vowel with every tone (12 × 6, the toneless a, e, i, o, u, y among them) in both cases, then đ and Đ. */
    static List<String> letters() {
        List<String> letters = new ArrayList<>();
        for (String c : List.of(VOWELS, VOWELS.toUpperCase(Locale.ROOT))) {
            for (char vowel : c.toCharArray()) {
                for (String tone : TONES) {
                    letters.add(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
                }
            }
        }
        letters.add("đ");
        letters.add("Đ");
        return letters;
    }

    @Test
    void the_alphabet_is_every_precomposed_letter_of_Vietnamese() {
        List<String> letters = letters();
        assertThat(letters).hasSize(146).doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).hasSize(1));
        assertThat(letters.stream().filter(l -> !"aeiouyAEIOUY".contains(l))).hasSize(134);
    }

    @Test
    void every_letter_is_drawn_by_the_embedded_font_and_extracted_back_in_regular_and_bold() throws IOException {
        String alphabet = String.join(" ", letters());
        PlanDocument plan = plan(alphabet, alphabet);
        try (PDDocument pdf = PdfText.open(PlanWriter.write(plan, ExportFormat.PDF))) {
            String text = PdfText.flat(pdf);
            assertThat(text).contains("KẾ HOẠCH " + alphabet.toUpperCase(Layout.VIETNAMESE))
                    .contains("I. NỘI DUNG THỰC HIỆN 1. " + alphabet + " 1.1. " + alphabet)
                    .contains("- Ghi chú: " + alphabet);
            assertThat(text.replace("?", "")).isEqualTo(text);
        }
    }

    @Test
    void every_face_of_the_font_has_a_glyph_for_every_letter() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            for (var font : List.of(fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic)) {
                for (String letter : letters()) {
                    assertThat(PdfFonts.width(font, 14, letter)).as("%s in %s", letter, font.getName()).isPositive();
                }
            }
        }
    }

    @Test
    void decomposed_input_is_written_composed() throws IOException {
        String nfd = Normalizer.normalize("Hội nghị xúc tiến đầu tư du lịch tại Cần Thơ", Normalizer.Form.NFD);
        PlanDocument plan = plan("Liên kết", nfd);
        try (PDDocument pdf = PdfText.open(PlanWriter.write(plan, ExportFormat.PDF))) {
            assertThat(PdfText.flat(pdf)).contains("1.1. Hội nghị xúc tiến đầu tư du lịch tại Cần Thơ");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(PlanWriter.write(plan, ExportFormat.DOCX)))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("1.1. Hội nghị xúc tiến đầu tư du lịch tại Cần Thơ");
        }
    }

    @Test
    void a_letter_the_font_lacks_is_an_error_naming_it_not_a_question_mark() {
        PlanDocument plan = plan("Liên kết", "Giao lưu văn hóa 中国");
        assertThatThrownBy(() -> PlanWriter.write(plan, ExportFormat.PDF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+4E2D");
    }

    private static PlanDocument plan(String title, String activityTitle) {
        PlanDocument.Activity activity = new PlanDocument.Activity("1.1", activityTitle, null, null, null, null,
                List.of(), activityTitle);
        return new PlanDocument("Ủy ban nhân dân tỉnh Đồng Tháp", "12/KH-UBND", "Đồng Tháp", null, "Kế hoạch",
                title.toUpperCase(Layout.VIETNAMESE), List.of(), List.of(),
                List.of(new PlanDocument.Section("1", title, List.of(activity))), List.of(), null,
                List.of("Lưu: VT"), "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", null);
    }
}
