package vn.lienket.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class EdgeCasesTest {

    @Test
    void a_document_with_nothing_in_it_is_still_a_plan_form_with_blanks_to_fill() throws IOException {
        PlanDocument blank = new PlanDocument(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        try (PDDocument pdf = PdfText.open(PlanWriter.write(blank, ExportFormat.PDF))) {
            assertThat(PdfText.lines(pdf)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "KẾ HOẠCH", "Nơi nhận:");
            assertThat(PdfText.flat(pdf)).contains("Số: /KH-UBND ngày tháng năm");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(PlanWriter.write(blank, ExportFormat.DOCX)))) {
            assertThat(docx.getTables().get(0).getRow(2).getCell(0).getText()).isEqualTo("Số:      /KH-UBND");
        }
    }

    @Test
    void line_breaks_and_tabs_inside_a_field_are_spaces_and_a_long_recipient_list_runs_on_to_the_next_page()
            throws IOException {
        PlanDocument plan = PlanDocuments.plan350();
        List<String> recipients = IntStream.rangeClosed(1, 90).mapToObj(i -> "Ủy ban nhân dân xã số " + i).toList();
        PlanDocument.Activity activity = new PlanDocument.Activity("1.1", "Hội chợ\ndu lịch\tĐồng Tháp", null,
                "Quý I/2024\r\n", null, null, List.of(" Sở Công Thương ", ""), null);
        PlanDocument edited = new PlanDocument(plan.issuer(), plan.number(), plan.place(), plan.issuedOn(), plan.kind(),
                plan.title(), plan.legalBases(), plan.preamble(),
                List.of(new PlanDocument.Section("1", "Xúc tiến", List.of(activity))), List.of(), plan.funding(),
                recipients, plan.signerTitle(), "Nguyễn Văn A");
        try (PDDocument pdf = PdfText.open(PlanWriter.write(edited, ExportFormat.PDF))) {
            String text = PdfText.flat(pdf);
            assertThat(text).contains("1.1. Hội chợ du lịch Đồng Tháp - Thời gian thực hiện: Quý I/2024"
                    + " - Đơn vị phối hợp: Sở Công Thương");
            assertThat(text).contains("- Ủy ban nhân dân xã số 1;").endsWith("- Ủy ban nhân dân xã số 90.");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            float bottom = PdfCanvas.PAGE_HEIGHT - (float) Layout.mmToPt(Layout.MARGIN_BOTTOM_MM);
            assertThat(PdfText.glyphs(pdf)).allSatisfy(g -> assertThat(g.baselineFromTop()).isLessThan(bottom));
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(PlanWriter.write(edited, ExportFormat.DOCX)))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).contains("1.1. Hội chợ du lịch Đồng Tháp",
                    "- Thời gian thực hiện: Quý I/2024", "- Đơn vị phối hợp: Sở Công Thương");
        }
    }
}
