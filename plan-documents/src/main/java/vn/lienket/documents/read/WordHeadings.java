package vn.lienket.documents.read;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;

/** Which .docx paragraphs are headings: Word's heading styles, Title, an outline level, or all in bold. */
final class WordHeadings {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s*([1-9])");

    private WordHeadings() {
    }

    /** Heading n and Title styles (by id or by name, following basedOn), or an outline level. */
    static int level(XWPFDocument document, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && document.getStyles() != null && depth < 10; depth++) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            String name = style == null || style.getName() == null ? "" : style.getName();
            for (String candidate : List.of(styleId, name)) {
                Matcher heading = HEADING_STYLE.matcher(candidate);
                if (heading.matches()) {
                    return Integer.parseInt(heading.group(1));
                }
                if (candidate.toLowerCase(Locale.ROOT).equals("title")) {
                    return 1;
                }
            }
            if (style != null && style.getCTStyle().getPPr() != null
                    && style.getCTStyle().getPPr().getOutlineLvl() != null) {
                int outline = style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue();
                return outline < 9 ? outline + 1 : 0;
            }
            styleId = style == null ? null : Texts.basedOn(style);
        }
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getOutlineLvl() != null) {
            int outline = paragraph.getCTP().getPPr().getOutlineLvl().getVal().intValue();
            return outline < 9 ? outline + 1 : 0;
        }
        return 0;
    }

    static boolean allBold(XWPFParagraph paragraph) {
        boolean any = false;
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
