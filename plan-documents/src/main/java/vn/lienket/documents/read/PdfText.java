package vn.lienket.documents.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.lienket.documents.DocumentRefused;
import vn.lienket.documents.DocumentRefused.Reason;

/**
 * A PDF's text layer, page by page, one block per laid-out line. Refuses what a plan never needs
 * and a reader should not open (JavaScript, embedded files: see {@link PdfActiveContent}), and a
 * scan, whose pages are pictures of text with no text to read.
 */
final class PdfText {

    /** A page of a plan has hundreds of letters; a scan's text layer has none or a few stray ones. */
    private static final int MIN_LETTERS_PER_PAGE = 20;

    private PdfText() {
    }

    static boolean looksLikePdf(byte[] content) {
        int end = Math.min(content.length - 5, 1024);
        for (int i = 0; i <= end; i++) {
            if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F'
                    && content[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    static SourceDocument read(byte[] content, DocumentLimits limits, String fileName, Deadline deadline) {
        // Parsed objects and decoded streams stay in memory, capped well above what a plan's text needs.
        MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(
                Math.max(limits.maxUnzippedBytes(), 4 * limits.maxBytes()));
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
                memory.streamCache)) {
            deadline.check();
            PdfActiveContent.refuseIfActive(document, fileName, deadline);
            int pages = document.getNumberOfPages();
            Texts.checkPages(pages, limits, fileName, "");
            List<Block> blocks = new ArrayList<>();
            long letters = 0;
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            for (int page = 1; page <= pages; page++) {
                deadline.check();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                int line = 0;
                for (String raw : stripper.getText(document).split("\n")) {
                    String text = Texts.clean(raw);
                    if (text.isEmpty()) {
                        continue;
                    }
                    letters += text.codePoints().filter(Character::isLetter).count();
                    blocks.add(new Block(Block.Kind.LINE, "page " + page + ", line " + ++line, text, List.of(),
                            false, 0));
                }
            }
            if (letters < (long) MIN_LETTERS_PER_PAGE * Math.max(1, pages)) {
                throw new DocumentRefused(Reason.NEEDS_OCR, fileName + " has no text to read: it is a scan "
                        + "(pictures of pages), so it needs OCR (text recognition) first; upload the recognised "
                        + "text or the original Word file instead.");
            }
            return new SourceDocument(DocumentFormat.PDF, "UTF-8", pages, blocks);
        } catch (InvalidPasswordException e) {
            throw new DocumentRefused(Reason.MALFORMED, "The PDF " + fileName + " is protected by a password; "
                    + "remove the password and upload it again.");
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException
                 | IndexOutOfBoundsException e) {
            String what = e.getMessage() == null || e.getMessage().isBlank() ? "it could not be parsed"
                    : e.getMessage().strip();
            throw new DocumentRefused(Reason.MALFORMED, "The PDF " + fileName + " is truncated or corrupt: " + what
                    + ".");
        }
    }
}
