package vn.lienket.documents.samples;

/** The ways departments write a plan down, each one file an import must read without being told which. */
public enum Layout {
    /** Text: activities as numbered paragraphs "1.1. …" with "- Chủ đề:", "- Thời gian thực hiện:" … lines. */
    NUMBERED("txt"),
    /** Text as a PDF's text layer gives it, wrapped at 80 characters: activities lettered a), b) under numbered sectors, "- Cơ quan chủ trì:". */
    LETTERED("txt"),
    /** .docx whose activities are rows of a table: STT | Nội dung | Đơn vị chủ trì | Thời gian | … in an order of its own. */
    TABLE("docx"),
    /** .docx whose numbers exist only in Word's numbering definitions: "1.", "1.1." and the dashes are list labels, not text. */
    WORD_NUMBERING("docx"),
    /** Markdown converted from Word: {@code #} headings, {@code **bold**} titles. */
    MARKDOWN("md"),
    /** The numbered text with its diacritics lost ("Thoi gian thuc hien"). */
    NO_DIACRITICS("txt"),
    /** The lettered text after OCR: marks dropped or misread, "Độc" read as "Poc", stray spaces. */
    OCR("txt"),
    /** What this platform exports, as .docx. */
    EXPORTED_DOCX("docx"),
    /** What this platform exports, as .pdf. */
    EXPORTED_PDF("pdf");

    private final String extension;

    Layout(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
