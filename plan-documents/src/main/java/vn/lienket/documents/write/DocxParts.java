package vn.lienket.documents.write;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The pieces a .docx plan is made of: runs in Times New Roman in all four font ranges (or Word
 * draws Vietnamese letters in another font), paragraphs with Decree 30's spacing, the borderless
 * two-column tables of the header and the closing blocks, and short rules drawn as paragraph borders.
 */
final class DocxParts {

    private DocxParts() {
    }

    /** A borderless table of two columns (issuer | motto, recipients | signature) of fixed widths. */
    static XWPFTable blocks(XWPFDocument doc, int rows) {
        XWPFTable table = doc.createTable(rows, 2);
        table.setWidth(Layout.mmToTwips(Layout.TEXT_WIDTH_MM));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        if (tblPr.isSetTblCellMar()) {
            tblPr.unsetTblCellMar();
        }
        CTTblCellMar cellMargins = tblPr.addNewTblCellMar();
        for (CTTblWidth side : List.of(cellMargins.addNewLeft(), cellMargins.addNewRight())) {
            side.setW(BigInteger.ZERO);
            side.setType(STTblWidth.DXA);
        }
        table.removeBorders();
        table.removeInsideHBorder();
        table.removeInsideVBorder();
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(Layout.mmToTwips(Layout.LEFT_COLUMN_MM)));
        grid.addNewGridCol().setW(BigInteger.valueOf(Layout.mmToTwips(Layout.RIGHT_COLUMN_MM)));
        for (int r = 0; r < rows; r++) {
            cell(table, r, 0).setWidth(String.valueOf(Layout.mmToTwips(Layout.LEFT_COLUMN_MM)));
            cell(table, r, 1).setWidth(String.valueOf(Layout.mmToTwips(Layout.RIGHT_COLUMN_MM)));
        }
        return table;
    }

    static XWPFTableCell cell(XWPFTable table, int row, int column) {
        return table.getRow(row).getCell(column);
    }

    /** A centred line in a cell: its first (empty) paragraph, then new ones. */
    static XWPFParagraph line(XWPFTableCell cell, String text, double pt, boolean bold, boolean italic) {
        XWPFParagraph p = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
                && !cell.getParagraphs().get(0).getCTP().isSetPPr()
                ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, 0, 0);
        run(p, text, pt, bold, italic);
        return p;
    }

    /** A short centred rule of {@code ruleMm} under a line, as a top border of an empty paragraph. */
    static void rule(XWPFTableCell cell, double columnMm, double ruleMm) {
        ruleParagraph(cell.addParagraph(), columnMm, ruleMm);
    }

    static void ruleParagraph(XWPFParagraph p, double columnMm, double ruleMm) {
        int side = Layout.mmToTwips(Math.max(0, (columnMm - ruleMm) / 2));
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTBorder top = (pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr()).addNewTop();
        top.setVal(STBorder.SINGLE);
        top.setSz(BigInteger.valueOf(6));
        top.setSpace(BigInteger.ONE);
        top.setColor("auto");
        spacing(p, 0, 0);
        p.setSpacingBetween(4, LineSpacingRule.EXACT);
        run(p, "", 2, false, false);
    }

    static void spacing(XWPFParagraph p, double beforePt, double afterPt) {
        p.setSpacingBefore((int) Math.round(beforePt * 20));
        p.setSpacingAfter((int) Math.round(afterPt * 20));
        p.setSpacingBetween(Layout.LINE_SPACING, LineSpacingRule.AUTO);
    }

    static void run(XWPFParagraph p, String text, double pt, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setText(text);
        for (XWPFRun.FontCharRange range : List.of(XWPFRun.FontCharRange.ascii, XWPFRun.FontCharRange.hAnsi,
                XWPFRun.FontCharRange.cs, XWPFRun.FontCharRange.eastAsia)) {
            run.setFontFamily(Layout.DOCX_FONT, range);
        }
        run.setFontSize(pt);
        run.setComplexScriptFontSize(pt);
        run.setBold(bold);
        run.setItalic(italic);
        run.setLang(Layout.LANGUAGE_TAG);
    }

    static void fonts(CTFonts fonts) {
        fonts.setAscii(Layout.DOCX_FONT);
        fonts.setHAnsi(Layout.DOCX_FONT);
        fonts.setCs(Layout.DOCX_FONT);
        fonts.setEastAsia(Layout.DOCX_FONT);
    }

    static long halfPoints(double pt) {
        return Math.round(pt * 2);
    }
}
