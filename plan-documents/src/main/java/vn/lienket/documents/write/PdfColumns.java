package vn.lienket.documents.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The two-column blocks of a PDF plan: the issuer beside the national motto at the top, the
 * recipients beside the signature at the end. The header's lines are drawn row by row on shared
 * baselines, so extracted text gives "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" as one line.
 */
final class PdfColumns {

    /** A little more than single, so that the capitals' diacritics clear the line above. */
    private static final double HEADER_SPACING = 1.08;

    private final PdfCanvas canvas;
    private final PdfFonts fonts;

    PdfColumns(PdfCanvas canvas, PdfFonts fonts) {
        this.canvas = canvas;
        this.fonts = fonts;
    }

    private record Cell(String text, PDFont font, float size) {
    }

    void header(PlanDocument plan) throws IOException {
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

    /**
     * The signature block on the right, "Nơi nhận:" and the recipients on the left, their first
     * lines on one baseline (Decree 30); kept together on a page when they fit on one.
     */
    void closing(PlanDocument plan) throws IOException {
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
}
