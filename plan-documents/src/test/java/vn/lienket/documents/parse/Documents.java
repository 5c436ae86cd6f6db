package vn.lienket.documents.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import vn.lienket.documents.read.Block;
import vn.lienket.documents.read.DocumentFormat;
import vn.lienket.documents.read.SourceDocument;

/** Documents for the parser's tests, built from blocks as the reader would give them. */
public final class Documents {

    static final String KIEN_GIANG = "fixtures/documents/kien-giang-2024-implementation-plan.txt";

    private Documents() {
    }

    public static String kienGiangText() {
        try (InputStream in = Documents.class.getClassLoader().getResourceAsStream(KIEN_GIANG)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kiên Giang's plan as the text reader gives it: one block per line. */
    public static SourceDocument kienGiang() {
        return lines(kienGiangText());
    }

    /** Kiên Giang's plan with each line passed through {@code damage} first. */
    public static SourceDocument kienGiang(UnaryOperator<String> damage) {
        return lines(damage.apply(kienGiangText()));
    }

    public static SourceDocument lines(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            blocks.add(Block.line(i + 1, lines[i]));
        }
        return new SourceDocument(DocumentFormat.TEXT, "UTF-8", 4, blocks);
    }

    static SourceDocument paragraphs(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            blocks.add(new Block(Block.Kind.PARAGRAPH, "paragraph " + (i + 1), texts[i], List.of(), false, 0));
        }
        return new SourceDocument(DocumentFormat.DOCX, "UTF-8", 1, blocks);
    }

    static Block row(int table, int row, String... cells) {
        return new Block(Block.Kind.TABLE_ROW, "table " + table + ", row " + row, String.join(" | ", cells), List.of(cells), false, 0);
    }

    static Block paragraph(int n, String text) {
        return new Block(Block.Kind.PARAGRAPH, "paragraph " + n, text, List.of(), false, 0);
    }
}
