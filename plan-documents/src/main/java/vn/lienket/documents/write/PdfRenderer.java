package vn.lienket.documents.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A plan as a PDF in the blocks and order of the .docx: the header's two columns drawn line by line
 * on shared baselines (so extracted text gives "ỦY BAN NHÂN DÂN CỘNG HÒA …" as one line), then one
 * paragraph per heading, activity and field, justified, then the signature and the recipients.
 * Liberation Serif is embedded; nothing else is in the file (no scripts, no forms).
 */
final class PdfRenderer {

    /** A little more than single, so that the capitals' diacritics clear the line above. */
    private static final double HEADER_SPACING = 1.08;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PdfCanvas canvas;

    private PdfRenderer(PDDocument document) throws IOException {
        this.document = document;
        this.fonts = new PdfFonts(document);
        this.canvas = new PdfCanvas(document, fonts);
    }

    static byte[] render(PlanDocument plan) {
        try (PDDocument document = new PDDocument()) {
            PdfRenderer renderer = new PdfRenderer(document);
            renderer.header(plan);
            for (Flow.Paragraph paragraph : Flow.of(plan).paragraphs()) {
                renderer.paragraph(paragraph);
            }
            renderer.closing(plan);
            renderer.canvas.finish();
            renderer.describe(plan);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Cell(String text, PDFont font, float size) {
    }

    private void header(PlanDocument plan) throws IOException {
        Layout.Issuer issuer = Layout.issuer(plan.issuer());
        float size = (float) Layout.HEADER_PT;
        row(new Cell(issuer.parent() == null ? "" : issuer.parent(), fonts.regular, size),
                new Cell(Layout.NATION, fonts.bold, (float) Layout.NATION_PT));
        float mottoSize = (float) Layout.MOTTO_PT;
        float top = canvas.y;
        row(new Cell(issuer.body(), fonts.bold, size), new Cell(Layout.MOTTO, fonts.bold, mottoSize));
        float leading = PdfCanvas.leading(mottoSize, HEADER_SPACING);
        float leftCentre = PdfCanvas.LEFT + left() / 2;
        float issuerRule = (float) Layout.mmToPt(22) / 2;
        float issuerRuleAt = top - leading * wrap(new Cell(issuer.body(), fonts.bold, size), left()).size() - 1.5f;
        canvas.rule(leftCentre - issuerRule, leftCentre + issuerRule, issuerRuleAt);
        float rightCentre = PdfCanvas.LEFT + left() + right() / 2;
        float motto = PdfFonts.width(fonts.bold, mottoSize, Layout.MOTTO) / 2;
        canvas.rule(rightCentre - motto, rightCentre + motto, top - leading - 1.5f);
        canvas.y -= 8;
        row(new Cell(Layout.numberLine(plan.number()), fonts.regular, size),
                new Cell(Layout.dateLine(plan.place(), plan.issuedOn()), fonts.italic, (float) Layout.DATE_PT));
        canvas.y -= 2 * Layout.PARAGRAPH_SPACING_PT;
    }

    /** One row of the header: both cells wrapped in their columns, centred, line for line on one baseline. */
    private void row(Cell leftCell, Cell rightCell) throws IOException {
        List<PdfLines.Line> l = wrap(leftCell, left());
        List<PdfLines.Line> r = wrap(rightCell, right());
        float leading = PdfCanvas.leading(Math.max(leftCell.size(), rightCell.size()), HEADER_SPACING);
        for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
            canvas.room(leading);
            float base = PdfCanvas.baseline(canvas.y, Math.max(leftCell.size(), rightCell.size()), leading);
            if (i < l.size()) {
                centred(l.get(i), leftCell, PdfCanvas.LEFT, left(), base);
            }
            if (i < r.size()) {
                centred(r.get(i), rightCell, PdfCanvas.LEFT + left(), right(), base);
            }
            canvas.y -= leading;
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

    /**
     * The signature block on the right, "Nơi nhận:" and the recipients on the left, their first
     * lines on one baseline (Decree 30); kept together on a page when they fit on one.
     */
    private void closing(PlanDocument plan) throws IOException {
        List<Cell> signature = new ArrayList<>();
        float signerSize = (float) Layout.SIGNER_PT;
        Layout.signerLines(plan.signerTitle()).forEach(t -> signature.add(new Cell(t, fonts.bold, signerSize)));
        String name = Layout.present(plan.signerName()) ? Layout.clean(plan.signerName()) : "";
        List<Cell> recipients = new ArrayList<>();
        recipients.add(new Cell(Layout.RECIPIENTS_HEADING, fonts.boldItalic, (float) Layout.RECIPIENTS_HEADING_PT));
        Layout.recipientLines(plan.recipients())
                .forEach(r -> recipients.add(new Cell(r, fonts.regular, (float) Layout.RECIPIENTS_PT)));

        float signerLeading = PdfCanvas.leading(signerSize, 1);
        float gap = (float) Layout.mmToPt(Layout.SIGNATURE_SPACE_MM);
        float signatureHeight = signerLeading * (signature.size() + 1) + gap;
        float recipientsHeight = 0;
        for (Cell c : recipients) {
            recipientsHeight += PdfCanvas.leading(c.size(), 1) * wrap(c, left()).size();
        }
        canvas.y -= Layout.PARAGRAPH_SPACING_PT;
        canvas.room(Math.max(signatureHeight, Math.min(recipientsHeight, PdfCanvas.TOP - PdfCanvas.BOTTOM)));
        float top = canvas.y;
        float firstBase = PdfCanvas.baseline(top, signerSize, signerLeading);
        for (Cell c : signature) {
            for (PdfLines.Line line : wrap(c, right())) {
                centred(line, c, PdfCanvas.LEFT + left(), right(), PdfCanvas.baseline(canvas.y, signerSize, signerLeading));
                canvas.y -= signerLeading;
            }
        }
        canvas.y -= gap;
        Cell signer = new Cell(name, fonts.bold, signerSize);
        for (PdfLines.Line line : wrap(signer, right())) {
            centred(line, signer, PdfCanvas.LEFT + left(), right(), PdfCanvas.baseline(canvas.y, signerSize, signerLeading));
            canvas.y -= signerLeading;
        }
        float base = firstBase;
        boolean first = true;
        for (Cell c : recipients) {
            float leading = PdfCanvas.leading(c.size(), 1);
            for (PdfLines.Line line : wrap(c, left())) {
                if (!first) {
                    base -= leading;
                }
                first = false;
                if (base - c.size() * 0.25f < PdfCanvas.BOTTOM) {
                    canvas.newPage();
                    base = PdfCanvas.baseline(canvas.y, c.size(), leading);
                }
                canvas.line(line, c.font(), c.size(), PdfCanvas.LEFT, base, 0);
            }
        }
    }

    private void centred(PdfLines.Line line, Cell cell, float x, float width, float baseline) throws IOException {
        canvas.line(line, cell.font(), cell.size(), x + (width - line.naturalWidth()) / 2, baseline, 0);
    }

    private static List<PdfLines.Line> wrap(Cell cell, float width) {
        if (cell.text().isEmpty()) {
            return List.of();
        }
        return PdfLines.breakLines(cell.text(), cell.font(), cell.size(), width, width);
    }

    private static float left() {
        return (float) Layout.mmToPt(Layout.LEFT_COLUMN_MM);
    }

    private static float right() {
        return (float) Layout.mmToPt(Layout.RIGHT_COLUMN_MM);
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
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
