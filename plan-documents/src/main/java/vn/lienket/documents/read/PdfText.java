package vn.lienket.documents.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
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
    private static final String PAGE_END = "\f";

    private PdfText() {
    }

    private static boolean endsWithEndOfFile(byte[] content) {
        byte[] marker = {'%', '%', 'E', 'O', 'F'};
        for (int i = content.length - marker.length; i >= Math.max(0, content.length - 2048); i--) {
            if (java.util.Arrays.equals(content, i, i + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
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
        if (!endsWithEndOfFile(content)) {
            // PDFBox would rebuild what it can of a PDF cut short, and a plan missing its last pages must not pass.
            throw new DocumentRefused(Reason.MALFORMED, "The PDF " + fileName + " is truncated: its end is missing, "
                    + "so pages may be lost; upload the whole file again.");
        }
        // Parsed objects and decoded streams stay in memory, capped well above what a plan's text needs.
        MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(
                Math.max(limits.maxUnzippedBytes(), 4 * limits.maxBytes()));
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
                memory.streamCache)) {
            deadline.check();
            PdfActiveContent.refuseIfActive(document, fileName, deadline);
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new DocumentRefused(Reason.MALFORMED, "The PDF " + fileName + " has no pages.");
            }
            Texts.checkPages(pages, limits, fileName, "");
            List<Block> blocks = new ArrayList<>();
            long letters = 0;
            // One pass over the document (a stripper per page walks the page tree each time), pages
            // ended by a form feed, which extracted text never holds otherwise; the deadline is checked
            // as each page ends.
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void endPage(PDPage page) throws IOException {
                    super.endPage(page);
                    deadline.check();
                }
            };
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd(PAGE_END);
            String[] pageTexts = stripper.getText(document).split(PAGE_END, -1);
            List<Integer> scannedPages = new ArrayList<>();
            for (int page = 1; page <= Math.min(pages, pageTexts.length); page++) {
                int line = 0;
                long pageLetters = 0;
                for (String raw : pageTexts[page - 1].split("\n")) {
                    String text = Texts.clean(raw);
                    if (text.isEmpty()) {
                        continue;
                    }
                    pageLetters += text.codePoints().filter(Character::isLetter).count();
                    blocks.add(new Block(Block.Kind.LINE, "page " + page + ", line " + ++line, text, List.of(),
                            false, 0));
                }
                letters += pageLetters;
                if (pageLetters < MIN_LETTERS_PER_PAGE && drawsAnImage(document.getPage(page - 1))) {
                    scannedPages.add(page);
                }
            }
            if (letters < (long) MIN_LETTERS_PER_PAGE * Math.max(1, pages)) {
                throw new DocumentRefused(Reason.NEEDS_OCR, fileName + " has no text to read: it is a scan "
                        + "(pictures of pages), so it needs OCR (text recognition) first; upload the recognised "
                        + "text or the original Word file instead.");
            }
            if (!scannedPages.isEmpty()) {
                // a document with text on some pages and pictures of pages on others would lose the latter
                throw new DocumentRefused(Reason.NEEDS_OCR, fileName + " has pages that are scans (pictures of "
                        + "pages without text): page" + (scannedPages.size() > 1 ? "s " : " ")
                        + scannedPages.stream().limit(20).map(String::valueOf).collect(Collectors.joining(", "))
                        + (scannedPages.size() > 20 ? "…" : "") + "; run it through OCR (text recognition) first, "
                        + "or upload the original Word file.");
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

    /** Whether the page draws a picture: a page without text that does is a scan; a blank one is not. */
    private static boolean drawsAnImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }
}
