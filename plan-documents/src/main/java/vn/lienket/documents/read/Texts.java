package vn.lienket.documents.read;

import java.text.Normalizer;
import java.util.regex.Pattern;

import vn.lienket.documents.DocumentRefused;

/** The one normal form every block's text is given, and the page estimate of a document without pages. */
final class Texts {

    /** Characters of a page, for documents that have no pages of their own. */
    static final int CHARS_PER_PAGE = 3000;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\u2028\\u2029\\uFEFF]+");

    private Texts() {
    }

    /** NFC, runs of spaces (tabs, no-break spaces, line breaks inside a paragraph) as one space, trimmed. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** The style a Word style is based on, or null. */
    static String basedOn(org.apache.poi.xwpf.usermodel.XWPFStyle style) {
        return style.getCTStyle().isSetBasedOn() ? style.getCTStyle().getBasedOn().getVal() : null;
    }

    static int estimatePages(long characters) {
        return (int) Math.max(1, (characters + CHARS_PER_PAGE - 1) / CHARS_PER_PAGE);
    }

    static void checkPages(int pages, DocumentLimits limits, String fileName, String what) {
        if (pages > limits.maxPages()) {
            throw new DocumentRefused(DocumentRefused.Reason.TOO_LARGE, fileName + " has " + what + pages
                    + " pages; an import takes at most " + limits.maxPages() + ".");
        }
    }
}
