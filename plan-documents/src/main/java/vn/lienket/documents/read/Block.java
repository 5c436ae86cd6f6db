package vn.lienket.documents.read;

import java.util.List;

/**
 * One paragraph, line or table row of a document, in reading order, as a person sees it:
 * {@code text} is NFC, with the list label Word draws from its numbering definitions written in
 * front ("a) Phối hợp…", "2. Liên kết…"), Markdown's {@code #} and {@code **} removed.
 * <p>
 * {@code source} says where it is, in words a reviewer can find it by: "paragraph 12",
 * "table 1, row 3", "page 2, line 14", "line 40". A table row also has its {@code cells} (each NFC,
 * labels included); its {@code text} is the cells joined with " | ". {@code heading} is true for a
 * Word heading style, a Markdown {@code #} line, or a paragraph whose text is all bold;
 * {@code level} is the heading or list level (0 when it has none).
 * <p>
 * Text and PDF give one block per line, as laid out: the parser joins a paragraph's wrapped lines.
 * A .docx gives one block per paragraph.
 */
public record Block(Kind kind, String source, String text, List<String> cells, boolean heading, int level) {

    public enum Kind {
        /** A .docx paragraph. */
        PARAGRAPH,
        /** A line of text, Markdown or a PDF page. */
        LINE,
        /** A table row; {@code cells} holds its cells. */
        TABLE_ROW
    }

    public Block {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** A line of plain text, as the text reader gives it. */
    public static Block line(int number, String text) {
        return new Block(Kind.LINE, "line " + number, text, List.of(), false, 0);
    }
}
