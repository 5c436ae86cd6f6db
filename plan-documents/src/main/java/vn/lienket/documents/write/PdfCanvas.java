package vn.lienket.documents.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The pages of a PDF being written, top to bottom: a cursor {@code y} (points from the page's
 * bottom) that moves down line by line, a new page when the bottom margin is reached, Decree 30's
 * page number centred in the top margin of every page but the first. Lines are drawn with real
 * space characters (justification widens them through TJ offsets), so extracted text reads as
 * written.
 */
final class PdfCanvas {

    static final float PAGE_WIDTH = (float) Layout.mmToPt(Layout.PAGE_WIDTH_MM);
    static final float PAGE_HEIGHT = (float) Layout.mmToPt(Layout.PAGE_HEIGHT_MM);
    static final float LEFT = (float) Layout.mmToPt(Layout.MARGIN_LEFT_MM);
    static final float RIGHT = PAGE_WIDTH - (float) Layout.mmToPt(Layout.MARGIN_RIGHT_MM);
    static final float TOP = PAGE_HEIGHT - (float) Layout.mmToPt(Layout.MARGIN_TOP_MM);
    static final float BOTTOM = (float) Layout.mmToPt(Layout.MARGIN_BOTTOM_MM);
    static final float WIDTH = RIGHT - LEFT;
    /** A face's own single line height, and where its baseline sits under the line's top. */
    private static final float SINGLE = 1.15f;
    private static final float ASCENT = 0.891f;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    float y;

    PdfCanvas(PDDocument document, PdfFonts fonts) throws IOException {
        this.document = document;
        this.fonts = fonts;
        newPage();
    }

    /** Word's single spacing for a face at {@code size}, times {@code spacing}. */
    static float leading(float size, double spacing) {
        return (float) (size * SINGLE * spacing);
    }

    /** The baseline of a line whose box starts at {@code top} and is {@code leading} high. */
    static float baseline(float top, float size, float leading) {
        return top - (leading - size * SINGLE) / 2 - size * ASCENT;
    }

    /** A new page when fewer than {@code height} points are left above the bottom margin. */
    void room(float height) throws IOException {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    boolean atTop() {
        return y >= TOP;
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
        if (pages.size() > 1) {
            String number = Integer.toString(pages.size());
            float size = (float) Layout.PAGE_NUMBER_PT;
            float width = PdfFonts.width(fonts.regular, size, number);
            text(List.of(number), fonts.regular, size, (PAGE_WIDTH - width) / 2,
                    PAGE_HEIGHT - (float) Layout.mmToPt(Layout.PAGE_NUMBER_FROM_TOP_MM), 0);
        }
    }

    /**
     * Draws {@code words} from {@code x} on {@code baseline}, one space between them plus
     * {@code extraPerGap} points when justified.
     */
    void text(List<String> words, PDFont font, float size, float x, float baseline, float extraPerGap)
            throws IOException {
        if (words.isEmpty()) {
            return;
        }
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1;
            parts.add(last ? words.get(i) : words.get(i) + " ");
            if (!last && extraPerGap > 0) {
                parts.add(-extraPerGap * 1000 / size);
            }
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showTextWithPositioning(parts.toArray());
        stream.endText();
    }

    void line(PdfLines.Line line, PDFont font, float size, float x, float baseline, float justifyTo)
            throws IOException {
        float extra = 0;
        if (justifyTo > 0 && !line.last() && line.words().size() > 1) {
            extra = (justifyTo - line.naturalWidth()) / (line.words().size() - 1);
        }
        text(line.words(), font, size, x, baseline, Math.max(0, extra));
    }

    /** A horizontal rule from {@code x1} to {@code x2} at height {@code at}. */
    void rule(float x1, float x2, float at) throws IOException {
        stream.setLineWidth(0.6f);
        stream.moveTo(x1, at);
        stream.lineTo(x2, at);
        stream.stroke();
    }

    int pageCount() {
        return pages.size();
    }

    void finish() throws IOException {
        stream.close();
    }
}
