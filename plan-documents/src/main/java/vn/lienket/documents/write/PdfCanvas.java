package vn.lienket.documents.write;

import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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
            pageNumber(Integer.toString(pages.size()));
        }
    }

    /**
     * The page number, drawn as the outlines of its glyphs inside an {@code /Artifact} of type
     * Pagination: it looks as Decree 30 wants, and a reader extracting the text gets the plan's
     * lines only, not a "2" in the middle of a sentence that runs over a page break.
     */
    private void pageNumber(String number) throws IOException {
        PDType0Font font = (PDType0Font) fonts.regular;
        float size = (float) Layout.PAGE_NUMBER_PT;
        float x = (PAGE_WIDTH - PdfFonts.width(font, size, number)) / 2;
        float baseline = PAGE_HEIGHT - (float) Layout.mmToPt(Layout.PAGE_NUMBER_FROM_TOP_MM);
        COSDictionary properties = new COSDictionary();
        properties.setName(COSName.TYPE, "Pagination");
        stream.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
        for (int i = 0; i < number.length(); i++) {
            byte[] bytes = font.encode(number.substring(i, i + 1));
            int code = font.readCode(new ByteArrayInputStream(bytes));
            AffineTransform at = new AffineTransform(size / 1000, 0, 0, size / 1000, x, baseline);
            path(font.getNormalizedPath(code).getPathIterator(at));
            x += font.getWidth(code) / 1000 * size;
        }
        stream.fill();
        stream.endMarkedContent();
    }

    /** A glyph's outline; TrueType's quadratic segments become the cubic ones PDF draws. */
    private void path(PathIterator it) throws IOException {
        float[] c = new float[6];
        float x = 0;
        float y = 0;
        for (; !it.isDone(); it.next()) {
            int segment = it.currentSegment(c);
            switch (segment) {
                case PathIterator.SEG_MOVETO -> stream.moveTo(c[0], c[1]);
                case PathIterator.SEG_LINETO -> stream.lineTo(c[0], c[1]);
                case PathIterator.SEG_QUADTO -> stream.curveTo(x + 2f / 3 * (c[0] - x), y + 2f / 3 * (c[1] - y),
                        c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                case PathIterator.SEG_CUBICTO -> stream.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                default -> stream.closePath();
            }
            int last = switch (segment) {
                case PathIterator.SEG_QUADTO -> 2;
                case PathIterator.SEG_CUBICTO -> 4;
                default -> 0;
            };
            if (segment != PathIterator.SEG_CLOSE) {
                x = c[last];
                y = c[last + 1];
            }
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
        // A line before a word too long to share a line (a web address) stays ragged rather than gape.
        text(line.words(), font, size, x, baseline, extra > size ? 0 : Math.max(0, extra));
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
