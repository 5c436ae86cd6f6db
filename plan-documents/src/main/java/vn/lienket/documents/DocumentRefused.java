package vn.lienket.documents;

/**
 * A document that cannot be read, said in words a person can act on. {@code reason} is the
 * problem's slug (the services answer {@code urn:lienket:problem:<reason>} on the field
 * {@code file}); {@code status} the HTTP status it deserves: 400 for a malformed file, 413 for one
 * too large, 415 for a type that is not a plan document, 422 for one that is well formed but cannot
 * be used as it is (a scan without a text layer, a legacy encoding, active content).
 */
public final class DocumentRefused extends RuntimeException {

    /** Why; each is a problem type the services publish. */
    public enum Reason {
        /** Not .docx, .pdf, .txt or .md, whatever its name says (415). */
        UNSUPPORTED_FORMAT("document-unsupported", 415),
        /** Truncated, corrupt, not what its first bytes claim, or a PDF protected by a password (400). */
        MALFORMED("document-malformed", 400),
        /** More bytes or pages than an import takes (413). */
        TOO_LARGE("document-too-large", 413),
        /** A .docx that would expand far beyond its size: a zip bomb (413). */
        ZIP_BOMB("document-zip-bomb", 413),
        /** A PDF without a text layer: a scan that needs OCR first (422). */
        NEEDS_OCR("document-needs-ocr", 422),
        /** Text in a legacy Vietnamese encoding (TCVN3, VNI) that could not be converted (422). */
        LEGACY_ENCODING("document-legacy-encoding", 422),
        /** A PDF with JavaScript, launch actions or embedded files; a .docx with macros (422). A PDF with a password is MALFORMED. */
        ACTIVE_CONTENT("document-active-content", 422),
        /** Reading it took longer than an import's time budget (422). */
        TOO_SLOW("document-too-slow", 422);

        private final String slug;
        private final int status;

        Reason(String slug, int status) {
            this.slug = slug;
            this.status = status;
        }

        public String slug() {
            return slug;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public DocumentRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public DocumentRefused(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
