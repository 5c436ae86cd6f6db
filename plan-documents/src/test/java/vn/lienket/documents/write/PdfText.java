package vn.lienket.documents.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a reader gets back from a PDF: its text per page (NFC), and where every glyph was drawn. */
final class PdfText {

    private PdfText() {
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of page {@code page} (1-based), NFC, stripped, blank ones left out. */
    static List<String> lines(PDDocument document, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(PDDocument document) {
        List<String> all = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            all.addAll(lines(document, page));
        }
        return all;
    }

    /** The whole text with every run of whitespace as one space: wrapped lines read as the sentences they were. */
    static String flat(PDDocument document) {
        return String.join(" ", lines(document)).replaceAll("\\s+", " ");
    }

    record Glyph(int page, String text, float x, float width, float baselineFromTop, float height) {
    }

    static List<Glyph> glyphs(PDDocument document) {
        List<Glyph> glyphs = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(), p.getWidthDirAdj(),
                                p.getYDirAdj(), p.getHeightDir()));
                    }
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }
}
