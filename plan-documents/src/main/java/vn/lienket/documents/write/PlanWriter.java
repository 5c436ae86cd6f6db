package vn.lienket.documents.write;

import java.util.Objects;

/** Renders a {@link PlanDocument} in a format; the same document gives the same layout in either. */
public final class PlanWriter {

    private PlanWriter() {
    }

    /**
     * The file's bytes. All text is taken in NFC; a character the PDF's font cannot draw is
     * {@link UnwritableText} naming it rather than a "?" in the file.
     */
    public static byte[] write(PlanDocument document, ExportFormat format) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        return switch (format) {
            case DOCX -> DocxRenderer.render(document);
            case PDF -> PdfRenderer.render(document);
        };
    }
}
