package vn.lienket.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final PlanDocument PLAN = PlanDocuments.plan350();
    private static PDDocument pdf;

    @BeforeAll
    static void render() throws IOException {
        byte[] bytes = PlanWriter.write(PLAN, ExportFormat.PDF);
        Path out = Path.of("target", "rendered", "plan-350.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        pdf = PdfText.open(bytes);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void every_page_is_A4() {
        assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
        for (PDPage page : pdf.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        }
    }

    @Test
    void every_font_is_an_embedded_Liberation_Serif() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif.*");
        });
        assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.endsWith("LiberationSerif-Bold"))
                .anyMatch(n -> n.endsWith("LiberationSerif-Italic")).anyMatch(n -> n.endsWith("LiberationSerif"));
    }

    @Test
    void the_header_reads_as_lines_of_both_columns_on_one_baseline() {
        List<String> first = PdfText.lines(pdf, 1);
        assertThat(first.subList(0, 4)).containsExactly(
                "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "THÀNH PHỐ HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc",
                "Số: 350/KH-UBND Thành phố Hồ Chí Minh, ngày 19 tháng 01 năm 2024",
                "KẾ HOẠCH");
        assertThat(first.get(4)).startsWith("Kế hoạch triển khai Chương trình");
    }

    @Test
    void every_activity_and_field_line_is_there_in_order_and_the_closing_blocks_follow() {
        String text = PdfText.flat(pdf);
        List<String> expected = new ArrayList<>(List.of("KẾ HOẠCH", PLAN.title(), "Căn cứ " + PLAN.legalBases().get(0) + ";",
                "I. NỘI DUNG THỰC HIỆN"));
        expected.addAll(PlanDocuments.activityLines(PLAN));
        expected.addAll(List.of("II. KINH PHÍ", PLAN.funding(), "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                "Nơi nhận:", "- Bộ Văn hóa, Thể thao và Du lịch;", "- Lưu: VT."));
        int from = 0;
        for (String line : expected) {
            int at = text.indexOf(line, from);
            assertThat(at).as("%s after character %d of%n%s", line, from, text).isGreaterThanOrEqualTo(0);
            from = at + line.length();
        }
    }

    @Test
    void each_field_line_and_activity_title_starts_a_visual_line() {
        List<String> lines = PdfText.lines(pdf);
        for (String expected : PlanDocuments.activityLines(PLAN)) {
            String start = expected.substring(0, Math.min(expected.length(), 25));
            assertThat(lines).as(expected).anyMatch(l -> l.startsWith(start));
        }
    }

    @Test
    void pages_are_numbered_centred_in_the_top_margin_from_page_2_and_the_numbers_stay_out_of_the_text()
            throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            BufferedImage image = renderer.renderImage(page, 1, ImageType.GRAY);
            int[] ink = inkColumns(image, (int) Layout.mmToPt(6), (int) Layout.mmToPt(Layout.MARGIN_TOP_MM) - 2);
            if (page == 0) {
                assertThat(ink).as("no number on the first page").isNull();
            } else {
                assertThat(ink).as("page %d", page + 1).isNotNull();
                assertThat((ink[0] + ink[1]) / 2.0).isCloseTo(image.getWidth() / 2.0, org.assertj.core.data.Offset.offset(3.0));
                assertThat(PdfText.lines(pdf, page + 1).get(0)).isNotEqualTo(Integer.toString(page + 1));
            }
        }
        assertThat(PdfText.glyphs(pdf)).allSatisfy(g -> assertThat(g.baselineFromTop())
                .isGreaterThan((float) Layout.mmToPt(Layout.MARGIN_TOP_MM)));
    }

    /** The leftmost and rightmost columns with a dark pixel between rows {@code from} and {@code to}; null when none. */
    private static int[] inkColumns(BufferedImage image, int from, int to) {
        int left = -1;
        int right = -1;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    left = left < 0 ? x : Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return left < 0 ? null : new int[] {left, right};
    }

    @Test
    void the_document_says_what_it_is_and_holds_nothing_active() throws IOException {
        var info = pdf.getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo(PLAN.title());
        assertThat(info.getAuthor()).isEqualTo("Ủy ban nhân dân Thành phố Hồ Chí Minh");
        assertThat(info.getProducer()).isEqualTo("Liên Kết");
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
        assertThat(pdf.getDocumentCatalog().getAcroForm(null)).isNull();
        assertThat(pdf.getDocumentCatalog().getNames()).isNull();
        assertThat(pdf.getDocumentCatalog().getOpenAction()).isNull();
    }
}
