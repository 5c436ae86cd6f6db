package vn.lienket.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DocxRendererTest {

    private static final PlanDocument PLAN = PlanDocuments.plan350();
    private static XWPFDocument docx;

    @BeforeAll
    static void render() throws IOException {
        byte[] bytes = PlanWriter.write(PLAN, ExportFormat.DOCX);
        java.nio.file.Path out = java.nio.file.Path.of("target", "rendered", "plan-350.docx");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.write(out, bytes);
        docx = new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void the_page_is_A4_with_the_margins_of_Decree_30() {
        CTSectPr sectPr = docx.getDocument().getBody().getSectPr();
        CTPageSz size = sectPr.getPgSz();
        assertThat(new BigInteger(size.getW().toString())).isEqualTo(BigInteger.valueOf(11906));
        assertThat(new BigInteger(size.getH().toString())).isEqualTo(BigInteger.valueOf(16838));
        CTPageMar margins = sectPr.getPgMar();
        assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                .extracting(Object::toString).containsExactly("1134", "1134", "1701", "850");
        assertThat(sectPr.isSetTitlePg()).as("no page number on the first page").isTrue();
    }

    @Test
    void every_run_and_the_defaults_name_Times_New_Roman_in_all_four_font_ranges() {
        List<CTR> runs = new ArrayList<>();
        docx.getParagraphs().forEach(p -> p.getRuns().forEach(r -> runs.add(r.getCTR())));
        cells().forEach(c -> c.getParagraphs().forEach(p -> p.getRuns().forEach(r -> runs.add(r.getCTR()))));
        docx.getHeaderList().forEach(h -> h.getParagraphs().forEach(p ->
                Stream.of(p.getCTP().getFldSimpleArray()).forEach(f -> runs.addAll(f.getRList()))));
        assertThat(runs).hasSizeGreaterThan(40);
        for (CTR run : runs) {
            assertThat(run.getRPr().sizeOfRFontsArray()).as(run.xmlText()).isEqualTo(1);
            assertFourRanges(run.getRPr().getRFontsArray(0));
        }
        assertFourRanges(docx.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0));
    }

    @Test
    void the_header_is_a_table_of_issuer_and_number_beside_the_motto_and_date() {
        XWPFTable header = docx.getTables().get(0);
        assertThat(header.getRow(0).getCell(0).getText()).isEqualTo("ỦY BAN NHÂN DÂN");
        assertThat(header.getRow(0).getCell(1).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(header.getRow(1).getCell(0).getText().strip()).isEqualTo("THÀNH PHỐ HỒ CHÍ MINH");
        assertThat(header.getRow(1).getCell(1).getText().strip()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(header.getRow(2).getCell(0).getText()).isEqualTo("Số: 350/KH-UBND");
        assertThat(header.getRow(2).getCell(1).getText()).isEqualTo("Thành phố Hồ Chí Minh, ngày 19 tháng 01 năm 2024");
        assertThat(header.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        assertThat(header.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
        assertThat(header.getRow(2).getCell(1).getParagraphs().get(0).getRuns().get(0).isItalic()).isTrue();
        assertThat(header.getCTTbl().getTblPr().getTblBorders()).isNull();
    }

    @Test
    void each_activity_is_its_title_then_its_field_lines_in_order_written_as_text_not_numbering() {
        List<XWPFParagraph> body = docx.getParagraphs();
        List<String> texts = body.stream().map(XWPFParagraph::getText).toList();
        List<String> expected = PlanDocuments.activityLines(PLAN);
        List<String> activityAndFields = texts.stream()
                .filter(t -> t.startsWith("- ") || t.matches("^\\d+\\.\\d+\\. .*")).toList();
        assertThat(activityAndFields).containsExactlyElementsOf(expected);
        assertThat(body).allSatisfy(p -> assertThat(p.getNumID()).isNull());
        XWPFParagraph activity = body.get(texts.indexOf(expected.get(0)));
        assertThat(activity.getRuns()).allSatisfy(r -> assertThat(r.isBold()).isTrue());
        XWPFParagraph field = body.get(texts.indexOf(expected.get(1)));
        assertThat(field.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
        assertThat(field.getIndentationFirstLine()).isEqualTo(720);
    }

    @Test
    void the_body_reads_kind_title_bases_headings_sections_and_funding_in_order() {
        List<String> texts = docx.getBodyElements().stream()
                .filter(e -> e instanceof XWPFParagraph).map(e -> ((XWPFParagraph) e).getText())
                .filter(t -> !t.isBlank()).toList();
        assertThat(texts.subList(0, 6)).containsExactly("KẾ HOẠCH", PLAN.title(),
                "Căn cứ " + PLAN.legalBases().get(0) + ";", "Căn cứ " + PLAN.legalBases().get(1) + ".",
                PLAN.preamble().get(0), "I. NỘI DUNG THỰC HIỆN");
        assertThat(texts).containsSubsequence("1. " + PLAN.sections().get(0).title(), "5. " + PLAN.sections().get(4).title(),
                "II. KINH PHÍ", PLAN.funding());
    }

    @Test
    void the_closing_table_has_the_recipients_beside_the_signature_block() {
        List<IBodyElement> elements = docx.getBodyElements();
        XWPFTable closing = docx.getTables().get(docx.getTables().size() - 1);
        assertThat(elements.indexOf(closing)).isGreaterThan(elements.indexOf(docx.getTables().get(0)));
        XWPFTableCell left = closing.getRow(0).getCell(0);
        assertThat(left.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly("Nơi nhận:",
                "- Bộ Văn hóa, Thể thao và Du lịch;", "- Cục Du lịch Quốc gia Việt Nam;",
                "- UBND 13 tỉnh, thành phố Đồng bằng sông Cửu Long;", "- Sở Du lịch Thành phố Hồ Chí Minh;", "- Lưu: VT.");
        var heading = left.getParagraphs().get(0).getRuns().get(0);
        assertThat(heading.isBold() && heading.isItalic()).isTrue();
        assertThat(heading.getFontSizeAsDouble()).isEqualTo(12.0);
        assertThat(left.getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0);
        assertThat(closing.getRow(0).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                .startsWith("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    }

    private static void assertFourRanges(CTFonts fonts) {
        assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
                .containsOnly("Times New Roman");
    }

    private static List<XWPFTableCell> cells() {
        List<XWPFTableCell> cells = new ArrayList<>();
        docx.getTables().forEach(t -> t.getRows().forEach(r -> cells.addAll(r.getTableCells())));
        return cells;
    }
}
