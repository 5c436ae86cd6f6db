package vn.lienket.documents.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A plan as a Word document people keep editing: real paragraphs (labels written as text, never
 * Word numbering, so that reading it back gives the same labels), the header and the closing blocks
 * as borderless tables, A4 with Decree 30's margins, every run in Times New Roman in all four font
 * ranges so that no Vietnamese letter falls back to another font.
 */
final class DocxRenderer implements AutoCloseable {

    private final XWPFDocument doc = new XWPFDocument();

    static byte[] render(PlanDocument document) {
        try (DocxRenderer renderer = new DocxRenderer()) {
            return renderer.write(document);
        }
    }

    private byte[] write(PlanDocument document) {
        defaults();
        page();
        pageNumbers();
        header(document);
        for (Flow.Paragraph paragraph : Flow.of(document).paragraphs()) {
            body(paragraph);
        }
        closing(document);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void defaults() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr rPr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(rPr.addNewRFonts());
        rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints(Layout.BODY_PT)));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints(Layout.BODY_PT)));
        rPr.addNewLang().setVal(Layout.LANGUAGE_TAG);
        doc.createStyles().setStyles(styles);
    }

    private void page() {
        CTSectPr sectPr = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
        size.setW(BigInteger.valueOf(Layout.mmToTwips(Layout.PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(Layout.mmToTwips(Layout.PAGE_HEIGHT_MM)));
        CTPageMar margins = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Layout.mmToTwips(Layout.MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(Layout.mmToTwips(Layout.MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(Layout.mmToTwips(Layout.MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(Layout.mmToTwips(Layout.MARGIN_RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(Layout.mmToTwips(Layout.PAGE_NUMBER_FROM_TOP_MM - 5)));
        margins.setFooter(BigInteger.valueOf(Layout.mmToTwips(10)));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Decree 30: page numbers centred in the top margin, none on the first page. */
    private void pageNumbers() {
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        CTR r = field.addNewR();
        CTRPr rPr = r.addNewRPr();
        fonts(rPr.addNewRFonts());
        rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints(Layout.PAGE_NUMBER_PT)));
        r.addNewT().setStringValue("2");
        CTSectPr sectPr = doc.getDocument().getBody().getSectPr();
        if (!sectPr.isSetTitlePg()) {
            sectPr.addNewTitlePg();
        }
    }

    private void header(PlanDocument document) {
        Layout.Issuer issuer = Layout.issuer(document.issuer());
        XWPFTable table = blocks(3);
        line(cell(table, 0, 0), issuer.parent() == null ? "" : issuer.parent(), Layout.HEADER_PT, false, false);
        line(cell(table, 0, 1), Layout.NATION, Layout.NATION_PT, true, false);
        line(cell(table, 1, 0), issuer.body(), Layout.HEADER_PT, true, false);
        rule(cell(table, 1, 0), Layout.LEFT_COLUMN_MM, 22);
        line(cell(table, 1, 1), Layout.MOTTO, Layout.MOTTO_PT, true, false);
        rule(cell(table, 1, 1), Layout.RIGHT_COLUMN_MM, 58);
        line(cell(table, 2, 0), Layout.numberLine(document.number()), Layout.HEADER_PT, false, false);
        line(cell(table, 2, 1), Layout.dateLine(document.place(), document.issuedOn()), Layout.DATE_PT, false, true);
    }

    private void body(Flow.Paragraph paragraph) {
        Flow.Kind kind = paragraph.kind();
        XWPFParagraph p = doc.createParagraph();
        spacing(p, kind == Flow.Kind.KIND ? 2 * Layout.PARAGRAPH_SPACING_PT : 0,
                kind == Flow.Kind.KIND ? 0 : Layout.PARAGRAPH_SPACING_PT);
        if (kind.centred) {
            p.setAlignment(ParagraphAlignment.CENTER);
        } else {
            p.setAlignment(ParagraphAlignment.BOTH);
        }
        if (kind.indented) {
            p.setIndentationFirstLine(Layout.mmToTwips(Layout.FIRST_LINE_INDENT_MM));
        }
        run(p, paragraph.text(), Layout.BODY_PT, kind.bold || kind.centred, false);
        if (kind == Flow.Kind.TITLE) {
            spacing(p, 0, 0);
            XWPFParagraph rule = doc.createParagraph();
            ruleParagraph(rule, Layout.TEXT_WIDTH_MM, 55);
            spacing(rule, 0, 2 * Layout.PARAGRAPH_SPACING_PT);
        }
    }

    private void closing(PlanDocument document) {
        XWPFTable table = blocks(1);
        XWPFTableCell left = cell(table, 0, 0);
        line(left, Layout.RECIPIENTS_HEADING, Layout.RECIPIENTS_HEADING_PT, true, true)
                .setAlignment(ParagraphAlignment.LEFT);
        for (String recipient : Layout.recipientLines(document.recipients())) {
            line(left, recipient, Layout.RECIPIENTS_PT, false, false).setAlignment(ParagraphAlignment.LEFT);
        }
        XWPFTableCell right = cell(table, 0, 1);
        for (String title : Layout.signerLines(document.signerTitle())) {
            line(right, title, Layout.SIGNER_PT, true, false);
        }
        XWPFParagraph name = line(right, Layout.present(document.signerName()) ? Layout.clean(document.signerName()) : "",
                Layout.SIGNER_PT, true, false);
        spacing(name, Layout.mmToPt(Layout.SIGNATURE_SPACE_MM), 0);
        doc.createParagraph();
    }

    /** A borderless table of two columns (issuer | motto, recipients | signature) of fixed widths. */
    private XWPFTable blocks(int rows) {
        XWPFTable table = doc.createTable(rows, 2);
        table.setWidth(Layout.mmToTwips(Layout.TEXT_WIDTH_MM));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setCellMargins(0, 0, 0, 0);
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

    private static XWPFTableCell cell(XWPFTable table, int row, int column) {
        return table.getRow(row).getCell(column);
    }

    /** A centred line in a cell: its first (empty) paragraph, then new ones. */
    private XWPFParagraph line(XWPFTableCell cell, String text, double pt, boolean bold, boolean italic) {
        XWPFParagraph p = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
                && !cell.getParagraphs().get(0).getCTP().isSetPPr()
                ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, 0, 0);
        run(p, text, pt, bold, italic);
        return p;
    }

    /** A short centred rule of {@code ruleMm} under a line, as a top border of an empty paragraph. */
    private void rule(XWPFTableCell cell, double columnMm, double ruleMm) {
        ruleParagraph(cell.addParagraph(), columnMm, ruleMm);
    }

    private void ruleParagraph(XWPFParagraph p, double columnMm, double ruleMm) {
        int side = Layout.mmToTwips(Math.max(0, (columnMm - ruleMm) / 2));
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setBorderTop(Borders.SINGLE);
        spacing(p, 0, 0);
        p.setSpacingBetween(4, LineSpacingRule.EXACT);
        run(p, "", 2, false, false);
    }

    private static void spacing(XWPFParagraph p, double beforePt, double afterPt) {
        p.setSpacingBefore((int) Math.round(beforePt * 20));
        p.setSpacingAfter((int) Math.round(afterPt * 20));
        p.setSpacingBetween(Layout.LINE_SPACING, LineSpacingRule.AUTO);
    }

    private static void run(XWPFParagraph p, String text, double pt, boolean bold, boolean italic) {
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

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(Layout.DOCX_FONT);
        fonts.setHAnsi(Layout.DOCX_FONT);
        fonts.setCs(Layout.DOCX_FONT);
        fonts.setEastAsia(Layout.DOCX_FONT);
    }

    private static long halfPoints(double pt) {
        return Math.round(pt * 2);
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
