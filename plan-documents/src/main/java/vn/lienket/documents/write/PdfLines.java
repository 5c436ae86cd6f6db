package vn.lienket.documents.write;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Greedy line breaking with measured widths: as many words as fit on each line, the first line
 * narrower by its indent; a word wider than a whole line is cut between characters rather than
 * drawn past the margin.
 */
final class PdfLines {

    private PdfLines() {
    }

    /** One visual line: its words and whether it ends the paragraph (a last line is not justified). */
    record Line(List<String> words, float naturalWidth, boolean last) {

        String text() {
            return String.join(" ", words);
        }
    }

    static List<Line> breakLines(String text, PDFont font, float size, float firstWidth, float width) {
        float space = PdfFonts.width(font, size, " ");
        List<Line> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        float currentWidth = 0;
        for (String word : words(text, font, size, Math.min(firstWidth, width))) {
            float w = PdfFonts.width(font, size, word);
            float available = lines.isEmpty() ? firstWidth : width;
            float needed = current.isEmpty() ? w : currentWidth + space + w;
            if (!current.isEmpty() && needed > available) {
                lines.add(new Line(List.copyOf(current), currentWidth, false));
                current.clear();
                needed = w;
            }
            current.add(word);
            currentWidth = needed;
        }
        lines.add(new Line(List.copyOf(current), currentWidth, true));
        return lines;
    }

    /** The words, with any longer than {@code width} cut into pieces that fit. */
    private static List<String> words(String text, PDFont font, float size, float width) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (PdfFonts.width(font, size, word) <= width) {
                words.add(word);
                continue;
            }
            StringBuilder piece = new StringBuilder();
            word.codePoints().forEach(cp -> {
                String next = piece + Character.toString(cp);
                if (piece.length() > 0 && PdfFonts.width(font, size, next) > width) {
                    words.add(piece.toString());
                    piece.setLength(0);
                }
                piece.appendCodePoint(cp);
            });
            words.add(piece.toString());
        }
        return words;
    }
}
