package vn.lienket.documents.read;

import vn.lienket.documents.DocumentRefused;
import vn.lienket.documents.DocumentRefused.Reason;

/** Which reader a file goes to, from its first bytes and, for a zip, the files it holds; never its name. */
final class Sniffer {

    private Sniffer() {
    }

    static SourceDocument read(byte[] content, DocumentLimits limits, String fileName, Deadline deadline) {
        if (ZipGuard.looksLikeZip(content)) {
            ZipGuard.Contents zip = ZipGuard.inspect(content, limits, fileName, deadline);
            if (!zip.isWordDocument()) {
                throw new DocumentRefused(Reason.UNSUPPORTED_FORMAT, fileName + " is a zip archive but not a Word "
                        + ".docx document; upload the plan itself as .docx, .pdf, .txt or .md.");
            }
            if (zip.hasMacros()) {
                throw DocxText.macros(fileName);
            }
            return DocxText.read(content, limits, fileName, deadline);
        }
        if (PdfText.looksLikePdf(content)) {
            return PdfText.read(content, limits, fileName, deadline);
        }
        if (looksLikeOldOffice(content)) {
            throw new DocumentRefused(Reason.UNSUPPORTED_FORMAT, fileName + " is an old binary Office file (.doc); "
                    + "save it as .docx in Word and upload it again.");
        }
        return PlainText.read(content, limits, fileName, deadline);
    }

    /** The OLE2 compound file signature of .doc, .xls and the like. */
    private static boolean looksLikeOldOffice(byte[] content) {
        int[] signature = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
