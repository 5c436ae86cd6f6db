package vn.lienket.documents.write;

import static vn.lienket.documents.write.DocxParts.blocks;
import static vn.lienket.documents.write.DocxParts.cell;
import static vn.lienket.documents.write.DocxParts.fonts;
import static vn.lienket.documents.write.DocxParts.halfPoints;
import static vn.lienket.documents.write.DocxParts.line;
import static vn.lienket.documents.write.DocxParts.rule;
import static vn.lienket.documents.write.DocxParts.ruleParagraph;
import static vn.lienket.documents.write.DocxParts.run;
import static vn.lienket.documents.write.DocxParts.spacing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

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
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        if (first.getParagraphs().isEmpty()) {
            first.createParagraph();
        }
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
        XWPFTable table = blocks(doc, 3);
        line(cell(table, 0, 0), issuer.parent() == null ? "" : issuer.parent(), Layout.HEADER_PT, false, false);
        line(cell(table, 0, 1), Layout.NATION, Layout.NATION_PT, true, false);
        line(cell(table, 1, 0), issuer.body(), Layout.HEADER_PT, true, false);
        rule(cell(table, 1, 0), Layout.LEFT_COLUMN_MM, 22);
        line(cell(table, 1, 1), Layout.MOTTO, Layout.MOTTO_PT, true, false);
        rule(cell(table, 1, 1), Layout.RIGHT_COLUMN_MM, 58);
        line(cell(table, 2, 0), Layout.numberLine(document.number()), Layout.HEADER_PT, false, false);
        line(cell(table, 2, 1), Layout.dateLine(document.place(), document.issuedOn()), Layout.DATE_PT,
                false, true);
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
        if (kind != Flow.Kind.BODY && kind != Flow.Kind.ITEM) {
            (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
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
        XWPFTable table = blocks(doc, 1);
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = cell(table, 0, 0);
        XWPFParagraph heading = line(left, Layout.RECIPIENTS_HEADING, Layout.RECIPIENTS_HEADING_PT, true, true);
        heading.setAlignment(ParagraphAlignment.LEFT);
        heading.setSpacingBefore((int) Math.round(Layout.PARAGRAPH_SPACING_PT * 20));
        for (String recipient : Layout.recipientLines(document.recipients())) {
            line(left, recipient, Layout.RECIPIENTS_PT, false, false).setAlignment(ParagraphAlignment.LEFT);
        }
        XWPFTableCell right = cell(table, 0, 1);
        for (String title : Layout.signerLines(document.signerTitle())) {
            XWPFParagraph p = line(right, title, Layout.SIGNER_PT, true, false);
            if (right.getParagraphs().size() == 1) {
                p.setSpacingBefore((int) Math.round(Layout.PARAGRAPH_SPACING_PT * 20));
            }
        }
        String signer = Layout.present(document.signerName()) ? Layout.clean(document.signerName()) : "";
        XWPFParagraph name = line(right, signer, Layout.SIGNER_PT, true, false);
        spacing(name, Layout.mmToPt(Layout.SIGNATURE_SPACE_MM), 0);
        doc.createParagraph();
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
