package vn.lienket.documents.read;

/** What a document turned out to be, sniffed from its bytes, never taken from its name or the client. */
public enum DocumentFormat {
    DOCX, PDF, TEXT, MARKDOWN
}
