package vn.lienket.documents.read;

import vn.lienket.documents.DocumentRefused;

/**
 * Reads an uploaded file into blocks. The type is sniffed from the bytes: a zip holding
 * {@code word/document.xml} is a .docx, {@code %PDF-} a PDF, anything else must be text (UTF-8,
 * UTF-16 with its BOM, windows-1258, or legacy TCVN3/VNI, converted to Unicode), Markdown when it
 * has Markdown's headings or emphasis. {@code fileName} is used in messages only.
 * <p>
 * Refuses, with a {@link DocumentRefused} naming what is wrong and nothing else done: more than the
 * limits, a zip bomb, a truncated or corrupt file, a PDF without text (needs OCR), a PDF with
 * JavaScript or embedded files, one protected by a password (MALFORMED: a PDF anyone may open, its
 * owner's restrictions aside, is read), a .docm's macros, a legacy encoding it cannot convert, a
 * binary file of another kind. A .docx or PDF typed in a TCVN3 or VNI font is converted too.
 * <p>
 * The time budget is checked between entries, pages, paragraphs and rows on the caller's thread:
 * a single page or zip entry is not interrupted.
 */
public final class DocumentReader {

    private final DocumentLimits limits;

    public DocumentReader(DocumentLimits limits) {
        this.limits = limits;
    }

    public DocumentLimits limits() {
        return limits;
    }

    public SourceDocument read(byte[] content, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "The uploaded file" : fileName;
        if (content.length > limits.maxBytes()) {
            throw new DocumentRefused(DocumentRefused.Reason.TOO_LARGE, name + " is " + Sizes.mb(content.length)
                    + "; an import takes at most " + Sizes.mb(limits.maxBytes()) + ".");
        }
        if (content.length == 0) {
            throw new DocumentRefused(DocumentRefused.Reason.MALFORMED, name + " is empty.");
        }
        try {
            SourceDocument document = Sniffer.read(content, limits, name, new Deadline(limits.timeBudget(), name));
            return document.format() == DocumentFormat.DOCX || document.format() == DocumentFormat.PDF
                    ? MisreadLegacyText.repair(document, name) : document;
        } catch (DocumentRefused refused) {
            throw refused;
        } catch (RuntimeException | StackOverflowError e) {
            // A parser's own failure on a hostile or damaged file is the file's fault, said plainly.
            throw new DocumentRefused(DocumentRefused.Reason.MALFORMED, name + " could not be read: it is damaged "
                    + "or not what its first bytes claim.", e);
        }
    }
}
