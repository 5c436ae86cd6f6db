package vn.lienket.documents.read;

import java.util.List;

/**
 * A document as read: its sniffed {@code format}, the {@code encoding} its text came in ("UTF-8",
 * "UTF-16", "windows-1258", "TCVN3", "VNI"; a .docx or .pdf says "UTF-8"), {@code pages} (a PDF's;
 * otherwise an estimate at 3 000 characters a page) and its {@code blocks} in reading order.
 */
public record SourceDocument(DocumentFormat format, String encoding, int pages, List<Block> blocks) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
    }
}
