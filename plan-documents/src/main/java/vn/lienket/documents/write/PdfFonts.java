package vn.lienket.documents.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Serif in its four faces, embedded as subsets in one document. The standard 14 PDF
 * fonts cannot encode Vietnamese; this one draws every letter of it. Widths are measured here, and a
 * character the font lacks is an error naming it, never a silent "?".
 */
final class PdfFonts {

    private static final String FOLDER = "/vn/lienket/documents/fonts/LiberationSerif-";
    private static final byte[] REGULAR = bytes("Regular");
    private static final byte[] BOLD = bytes("Bold");
    private static final byte[] ITALIC = bytes("Italic");
    private static final byte[] BOLD_ITALIC = bytes("BoldItalic");

    final PDFont regular;
    final PDFont bold;
    final PDFont italic;
    final PDFont boldItalic;

    PdfFonts(PDDocument document) throws IOException {
        regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
        bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
        italic = PDType0Font.load(document, new ByteArrayInputStream(ITALIC), true);
        boldItalic = PDType0Font.load(document, new ByteArrayInputStream(BOLD_ITALIC), true);
    }

    PDFont of(boolean isBold, boolean isItalic) {
        if (isBold) {
            return isItalic ? boldItalic : bold;
        }
        return isItalic ? italic : regular;
    }

    /** The width of {@code text} in points at {@code size}; refuses a character the face cannot draw. */
    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IllegalArgumentException e) {
            throw new UnwritableText("The plan cannot be written as PDF: " + missing(font, text)
                    + " has no glyph in " + font.getName() + " (in \"" + text + "\")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String missing(PDFont font, String text) {
        return text.codePoints().filter(cp -> {
            try {
                font.encode(Character.toString(cp));
                return false;
            } catch (IllegalArgumentException | IOException e) {
                return true;
            }
        }).mapToObj(cp -> String.format("U+%04X (%s)", cp, Character.toString(cp))).findFirst().orElse("a character");
    }

    /**
     * The font with its GSUB table renamed out of the way. PDFBox would otherwise run every string
     * through glyph substitution (ligatures), compiling patterns on each call: that was most of the
     * time a long plan took, for a change Word does not make either (it draws no ligatures by default).
     * The subset embedded in the file never carries the table.
     */
    private static byte[] withoutGlyphSubstitution(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (font[entry] == 'G' && font[entry + 1] == 'S' && font[entry + 2] == 'U' && font[entry + 3] == 'B') {
                font[entry] = 'g';
                font[entry + 1] = 's';
                font[entry + 2] = 'u';
                font[entry + 3] = 'b';
            }
        }
        return font;
    }

    private static byte[] bytes(String face) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + face + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + FOLDER + face + ".ttf");
            }
            return withoutGlyphSubstitution(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
