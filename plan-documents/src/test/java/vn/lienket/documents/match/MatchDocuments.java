package vn.lienket.documents.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.lienket.documents.read.Block;
import vn.lienket.documents.read.DocumentFormat;
import vn.lienket.documents.read.SourceDocument;

/** Kiên Giang's plan as the text reader gives it, for the matcher's tests. */
final class MatchDocuments {

    private MatchDocuments() {
    }

    static String kienGiangText() {
        try (InputStream in = MatchDocuments.class.getClassLoader()
                .getResourceAsStream("fixtures/documents/kien-giang-2024-implementation-plan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceDocument kienGiang() {
        return lines(kienGiangText());
    }

    static SourceDocument lines(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            blocks.add(Block.line(i + 1, lines[i]));
        }
        return new SourceDocument(DocumentFormat.TEXT, "UTF-8", 4, blocks);
    }
}
