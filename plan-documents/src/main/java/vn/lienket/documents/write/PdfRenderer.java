package vn.lienket.documents.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A plan as a PDF in the blocks and order of the .docx: the header ({@link PdfColumns}), then one
 * paragraph per heading, activity and field, justified, then the signature and the recipients.
 * Liberation Serif is embedded; nothing else is in the file (no scripts, no forms).
 */
final class PdfRenderer {

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PdfCanvas canvas;
    private final PdfColumns columns;

    private PdfRenderer(PDDocument document) throws IOException {
        this.document = document;
        this.fonts = new PdfFonts(document);
        this.canvas = new PdfCanvas(document, fonts);
        this.columns = new PdfColumns(canvas, fonts);
    }

    static byte[] render(PlanDocument plan) {
        try (PDDocument document = new PDDocument()) {
            PdfRenderer renderer = new PdfRenderer(document);
            renderer.columns.header(plan);
            for (Flow.Paragraph paragraph : Flow.of(plan).paragraphs()) {
                renderer.paragraph(paragraph);
            }
            renderer.columns.closing(plan);
            renderer.canvas.finish();
            renderer.describe(plan);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void paragraph(Flow.Paragraph paragraph) throws IOException {
        Flow.Kind kind = paragraph.kind();
        PDFont font = kind.bold || kind.centred ? fonts.bold : fonts.regular;
        float size = (float) Layout.BODY_PT;
        float indent = kind.indented ? (float) Layout.mmToPt(Layout.FIRST_LINE_INDENT_MM) : 0;
        float width = PdfCanvas.WIDTH;
        List<PdfLines.Line> lines = PdfLines.breakLines(paragraph.text(), font, size, width - indent, width);
        float leading = PdfCanvas.leading(size, Layout.LINE_SPACING);
        if (kind == Flow.Kind.KIND) {
            canvas.y -= Layout.PARAGRAPH_SPACING_PT;
        }
        canvas.room(leading * (lines.size() <= 3 ? lines.size() + keptWith(kind) : keptWith(kind) + 2));
        for (int i = 0; i < lines.size(); i++) {
            canvas.room(leading);
            float base = PdfCanvas.baseline(canvas.y, size, leading);
            PdfLines.Line line = lines.get(i);
            if (kind.centred) {
                canvas.line(line, font, size, PdfCanvas.LEFT + (width - line.naturalWidth()) / 2, base, 0);
            } else {
                float x = PdfCanvas.LEFT + (i == 0 ? indent : 0);
                canvas.line(line, font, size, x, base, width - (i == 0 ? indent : 0));
            }
            canvas.y -= leading;
        }
        if (kind == Flow.Kind.TITLE) {
            float half = (float) Layout.mmToPt(55) / 2;
            float centre = PdfCanvas.LEFT + width / 2;
            canvas.rule(centre - half, centre + half, canvas.y - 1);
            canvas.y -= 2 * Layout.PARAGRAPH_SPACING_PT;
        } else if (kind != Flow.Kind.KIND) {
            canvas.y -= Layout.PARAGRAPH_SPACING_PT;
        }
    }

    /** The lines of what follows that a heading keeps on its page: no heading ends a page alone. */
    private static int keptWith(Flow.Kind kind) {
        return switch (kind) {
            case KIND, TITLE, ACTIVITY -> 2;
            case HEADING -> 3;
            case BODY, ITEM -> 0;
        };
    }

    private void describe(PlanDocument plan) {
        PDDocumentInformation info = document.getDocumentInformation();
        if (Layout.present(plan.title())) {
            info.setTitle(Layout.clean(plan.title()));
        }
        if (Layout.present(plan.issuer())) {
            info.setAuthor(Layout.clean(plan.issuer()));
        }
        if (Layout.present(plan.number())) {
            info.setSubject(Layout.kind(plan.kind()) + " số " + Layout.clean(plan.number()));
        }
        info.setProducer(Layout.PRODUCER);
        info.setCreator(Layout.PRODUCER);
        document.getDocumentCatalog().setLanguage(Layout.LANGUAGE_TAG);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
