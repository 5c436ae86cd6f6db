package vn.lienket.support.documents;

import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.read.SourceDocument;

/**
 * A document as uploaded and read: its name as sent (without the client's folders), its size and
 * SHA-256 (what a preview keeps of the file, never the file), what the reader found and the plan in it.
 */
public record UploadedDocument(String fileName, long size, String sha256, SourceDocument document, ParsedPlan plan) {
}
