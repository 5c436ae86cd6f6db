package vn.lienket.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class LongPlanTest {

    private static final float TOLERANCE = 0.5f;

    @Test
    void three_hundred_activities_fill_many_pages_and_nothing_is_drawn_outside_the_margins() throws IOException {
        PlanDocument plan = PlanDocuments.withActivities(300);
        long start = System.nanoTime();
        byte[] bytes = PlanWriter.write(plan, ExportFormat.PDF);
        long cold = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        PlanWriter.write(plan, ExportFormat.PDF);
        long warm = (System.nanoTime() - start) / 1_000_000;
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "rendered"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "rendered", "plan-300-activities.pdf"), bytes);
        System.out.printf("300 activities: %d bytes as PDF, first in %d ms, again in %d ms%n", bytes.length, cold, warm);
        try (PDDocument pdf = PdfText.open(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(50);
            List<PdfText.Glyph> glyphs = PdfText.glyphs(pdf);
            float top = (float) Layout.mmToPt(Layout.MARGIN_TOP_MM);
            float bottom = PdfCanvas.PAGE_HEIGHT - (float) Layout.mmToPt(Layout.MARGIN_BOTTOM_MM);
            List<PdfText.Glyph> body = glyphs;
            assertThat(body).hasSizeGreaterThan(100_000).allSatisfy(g -> {
                assertThat(g.x()).as("%s", g).isGreaterThanOrEqualTo(PdfCanvas.LEFT - TOLERANCE);
                assertThat(g.x() + g.width()).as("%s", g).isLessThanOrEqualTo(PdfCanvas.RIGHT + TOLERANCE);
                assertThat(g.baselineFromTop() - g.height()).as("%s", g).isGreaterThanOrEqualTo(top - TOLERANCE);
                assertThat(g.baselineFromTop() + 0.25f * 14).as("%s", g).isLessThanOrEqualTo(bottom + TOLERANCE);
            });
            assertThat(PdfText.flat(pdf)).contains("10.30. Hoạt động liên kết số 300 về phát triển")
                    .endsWith("- Lưu: VT.");
        }
    }

    @Test
    void three_hundred_activities_as_docx_keep_every_field_line() throws IOException {
        PlanDocument plan = PlanDocuments.withActivities(300);
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(PlanWriter.write(plan, ExportFormat.DOCX)))) {
            List<String> lines = docx.getParagraphs().stream().map(p -> p.getText())
                    .filter(t -> t.startsWith("- ") || t.matches("^\\d+\\.\\d+\\. .*")).toList();
            assertThat(lines).containsExactlyElementsOf(PlanDocuments.activityLines(plan));
        }
    }
}
