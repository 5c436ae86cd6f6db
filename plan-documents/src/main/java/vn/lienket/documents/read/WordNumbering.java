package vn.lienket.documents.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/**
 * The list labels Word draws in front of numbered paragraphs ("2.", "a)", "1.3."), which live only
 * in the numbering definitions and which {@code getText()} leaves out. Counters run per list
 * ({@code numId}) in document order; a paragraph at one level restarts the levels below it.
 */
final class WordNumbering {

    /** A paragraph's place in a list: its label and its level (1 for the outermost). */
    record Label(String text, int level) {
    }

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    WordNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.styles = document.getStyles();
    }

    /** The label of this paragraph, counting it; null when it is not in a list. */
    Label next(XWPFParagraph paragraph) {
        if (numbering == null) {
            return null;
        }
        ListPlace place = placeOf(paragraph);
        if (place == null || BigInteger.ZERO.equals(place.numId)) {
            return null;
        }
        XWPFNum num = numbering.getNum(place.numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return null;
        }
        CTLvl[] levels = new CTLvl[9];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            int ilvl = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (ilvl >= 0 && ilvl < 9) {
                levels[ilvl] = lvl;
            }
        }
        int[] starts = new int[9];
        for (int i = 0; i < 9; i++) {
            starts[i] = levels[i] != null && levels[i].getStart() != null ? levels[i].getStart().getVal().intValue() : 1;
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            int ilvl = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
            if (ilvl >= 0 && ilvl < 9 && override.isSetStartOverride()) {
                starts[ilvl] = override.getStartOverride().getVal().intValue();
            }
        }
        int level = Math.min(8, Math.max(0, place.ilvl));
        int[] count = counters.computeIfAbsent(place.numId, id -> new int[9]);
        count[level] = count[level] == 0 ? starts[level] : count[level] + 1;
        for (int below = level + 1; below < 9; below++) {
            count[below] = 0;
        }
        CTLvl lvl = levels[level];
        if (lvl == null) {
            return new Label(count[level] + ".", level + 1);
        }
        String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
        if (format.equals("bullet")) {
            return new Label("-", level + 1);
        }
        if (format.equals("none")) {
            return new Label("", level + 1);
        }
        String pattern = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "%" + (level + 1) + "."
                : lvl.getLvlText().getVal();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                int referenced = pattern.charAt(++i) - '1';
                if (referenced >= 0 && referenced < 9) {
                    int value = count[referenced] == 0 ? starts[referenced] : count[referenced];
                    String referencedFormat = levels[referenced] == null || levels[referenced].getNumFmt() == null
                            ? "decimal" : levels[referenced].getNumFmt().getVal().toString();
                    label.append(NumberFormats.format(value, referenced == level ? format : referencedFormat));
                }
            } else {
                label.append(c);
            }
        }
        return new Label(label.toString(), level + 1);
    }

    private record ListPlace(BigInteger numId, int ilvl) {
    }

    /** The paragraph's own numPr, else its style's (following basedOn), which is how heading numbering is set. */
    private ListPlace placeOf(XWPFParagraph paragraph) {
        CTNumPr own = paragraph.getCTP().getPPr() == null ? null : paragraph.getCTP().getPPr().getNumPr();
        BigInteger numId = own != null && own.getNumId() != null ? own.getNumId().getVal() : null;
        Integer ilvl = own != null && own.getIlvl() != null ? own.getIlvl().getVal().intValue() : null;
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && styles != null && depth < 10 && (numId == null || ilvl == null); depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            CTPPrBase pPr = style.getCTStyle().getPPr();
            CTNumPr inherited = pPr == null ? null : pPr.getNumPr();
            if (inherited != null) {
                if (numId == null && inherited.getNumId() != null) {
                    numId = inherited.getNumId().getVal();
                }
                if (ilvl == null && inherited.getIlvl() != null) {
                    ilvl = inherited.getIlvl().getVal().intValue();
                }
            }
            styleId = Texts.basedOn(style);
        }
        if (numId == null) {
            return null;
        }
        return new ListPlace(numId, ilvl != null ? ilvl : levelLinkedTo(numId, paragraph.getStyleID()));
    }

    /** A level may name the paragraph style it numbers (w:pStyle) instead of the style naming a level. */
    private int levelLinkedTo(BigInteger numId, String styleId) {
        XWPFNum num = numbering.getNum(numId);
        if (styleId == null || num == null || num.getCTNum().getAbstractNumId() == null) {
            return 0;
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return 0;
        }
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (lvl.getPStyle() != null && styleId.equals(lvl.getPStyle().getVal()) && lvl.getIlvl() != null) {
                return lvl.getIlvl().intValue();
            }
        }
        return 0;
    }
}
