package vn.lienket.documents.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Documents built in tests, as real files: .docx with Word numbering that lives only in the
 * numbering definitions, tables and heading styles; PDFs with an embedded Liberation Serif (the
 * standard 14 fonts cannot write Vietnamese); scans; and hostile files. Shipped in the test-jar so
 * that the parser's, the writer's and the services' tests build the same documents.
 */
public final class TestDocuments {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String FONTS = "/vn/lienket/documents/fonts/";

    /** numId of the decimal list: level 0 "%1." (1., 2.), level 1 "%2)" in lower letters (a), b)). */
    public static final int ACTIVITIES = 1;
    /** numId of the bullet list ("-"). */
    public static final int BULLETS = 2;
    /** Paragraph style that numbers itself at level 1 of {@link #ACTIVITIES} ("a)"), as templates do. */
    public static final String ACTIVITY_STYLE = "HoatDong";

    private TestDocuments() {
    }

    /** A .docx being built, paragraph by paragraph. */
    public static DocxBuilder docx() {
        return new DocxBuilder();
    }

    public static final class DocxBuilder {

        private final XWPFDocument document = new XWPFDocument();

        private DocxBuilder() {
            XWPFNumbering numbering = document.createNumbering();
            numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(0, """
                    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
                    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
                    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3."/></w:lvl>
                    """), numbering));
            numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(1, """
                    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>
                    """), numbering));
            numbering.addNum(BigInteger.ZERO, BigInteger.valueOf(ACTIVITIES));
            numbering.addNum(BigInteger.ONE, BigInteger.valueOf(BULLETS));
            XWPFStyles styles = document.createStyles();
            for (int level = 1; level <= 3; level++) {
                styles.addStyle(new XWPFStyle(style("<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level
                        + "\"><w:name w:val=\"heading " + level + "\"/><w:pPr><w:outlineLvl w:val=\"" + (level - 1)
                        + "\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"), styles));
            }
            styles.addStyle(new XWPFStyle(style("<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"), styles));
            styles.addStyle(new XWPFStyle(style("<w:style w:type=\"paragraph\" w:styleId=\"" + ACTIVITY_STYLE
                    + "\"><w:name w:val=\"Hoat dong\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\""
                    + ACTIVITIES + "\"/></w:numPr></w:pPr></w:style>"), styles));
        }

        /** A paragraph in the style "heading n" (Word's Heading1..Heading3) or, with level 0, "Title". */
        public DocxBuilder heading(int level, String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(level == 0 ? "Title" : "Heading" + level);
            run(paragraph, text, false);
            return this;
        }

        /** A plain paragraph; a "\n" in the text becomes a line break (w:br) inside it. */
        public DocxBuilder paragraph(String text) {
            run(document.createParagraph(), text, false);
            return this;
        }

        /** A paragraph with a footnote at its end. */
        public DocxBuilder paragraphWithFootnote(String text, String footnote) {
            XWPFParagraph paragraph = document.createParagraph();
            run(paragraph, text, false);
            var note = document.createFootnote();
            run(note.createParagraph(), footnote, false);
            paragraph.addFootnoteReference(note);
            return this;
        }

        /** A paragraph with tracked changes not yet accepted: {@code inserted} added, {@code deleted} struck out. */
        public DocxBuilder paragraphWithTrackedChanges(String text, String inserted, String deleted) {
            XWPFParagraph paragraph = document.createParagraph();
            run(paragraph, text, false);
            var insertion = paragraph.getCTP().addNewIns();
            insertion.setId(BigInteger.ONE);
            insertion.setAuthor("Sở Du lịch");
            insertion.addNewR().addNewT().setStringValue(inserted);
            var deletion = paragraph.getCTP().addNewDel();
            deletion.setId(BigInteger.TWO);
            deletion.setAuthor("Sở Du lịch");
            deletion.addNewR().addNewDelText().setStringValue(deleted);
            return this;
        }

        /** A paragraph whose runs are all bold, as a plan's section titles often are. */
        public DocxBuilder boldParagraph(String text) {
            run(document.createParagraph(), text, true);
            return this;
        }

        /** A paragraph numbered by its own numPr: {@code numId} (ACTIVITIES, BULLETS) at level {@code ilvl}. */
        public DocxBuilder numbered(int numId, int ilvl, String text) {
            XWPFParagraph paragraph = document.createParagraph();
            CTNumPr numPr = paragraph.getCTP().addNewPPr().addNewNumPr();
            numPr.addNewNumId().setVal(BigInteger.valueOf(numId));
            numPr.addNewIlvl().setVal(BigInteger.valueOf(ilvl));
            run(paragraph, text, false);
            return this;
        }

        /** A paragraph numbered only through its style ({@link #ACTIVITY_STYLE}: "a)", "b)"…). */
        public DocxBuilder numberedByStyle(String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(ACTIVITY_STYLE);
            run(paragraph, text, false);
            return this;
        }

        /** A table, the first row usually its header. */
        public DocxBuilder table(List<List<String>> rows) {
            fill(document.createTable(rows.size(), rows.get(0).size()), rows);
            return this;
        }

        /**
         * A table whose first column numbers itself through {@link #ACTIVITIES} (Word's auto-numbered
         * "STT" column: the cells are empty and Word draws "1.", "2."), the first row its header.
         */
        public DocxBuilder tableNumberingItsFirstColumn(List<List<String>> rows) {
            XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
            fill(table, rows);
            for (int r = 1; r < rows.size(); r++) {
                XWPFParagraph cell = table.getRow(r).getCell(0).getParagraphArray(0);
                CTNumPr numPr = cell.getCTP().addNewPPr().addNewNumPr();
                numPr.addNewNumId().setVal(BigInteger.valueOf(ACTIVITIES));
                numPr.addNewIlvl().setVal(BigInteger.ZERO);
            }
            return this;
        }

        /** A table of one row whose last cell holds another table ({@code inner}). */
        public DocxBuilder tableWithNestedTable(List<String> outerRow, List<List<String>> inner) {
            XWPFTable outer = document.createTable(1, outerRow.size() + 1);
            fill(outer, List.of(appended(outerRow, "")));
            XWPFTableCell cell = outer.getRow(0).getCell(outerRow.size());
            XWPFTable nested = cell.insertNewTbl(cell.getParagraphArray(0).getCTP().newCursor());
            for (int r = 0; r < inner.size(); r++) {
                var row = nested.createRow();
                for (int c = 0; c < inner.get(r).size(); c++) {
                    XWPFTableCell innerCell = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
                    run(innerCell.getParagraphs().isEmpty() ? innerCell.addParagraph() : innerCell.getParagraphArray(0),
                            inner.get(r).get(c), false);
                }
            }
            return this;
        }

        public byte[] bytes() {
            try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                document.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void fill(XWPFTable table, List<List<String>> rows) {
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    run(table.getRow(r).getCell(c).getParagraphArray(0), rows.get(r).get(c), false);
                }
            }
        }

        private static List<String> appended(List<String> list, String last) {
            List<String> copy = new ArrayList<>(list);
            copy.add(last);
            return copy;
        }

        private static void run(XWPFParagraph paragraph, String text, boolean bold) {
            XWPFRun run = paragraph.createRun();
            run.setFontFamily("Times New Roman");
            run.setBold(bold);
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
        }

        private static CTAbstractNum abstractNum(int id, String levels) {
            try {
                // XMLBeans parses a type from the contents of an xml-fragment, not from an element of that name.
                CTAbstractNum abstractNum = CTAbstractNum.Factory.parse("<xml-fragment xmlns:w=\"" + W
                        + "\"><w:multiLevelType w:val=\"multilevel\"/>" + levels + "</xml-fragment>");
                abstractNum.setAbstractNumId(BigInteger.valueOf(id));
                if (abstractNum.getLvlArray().length == 0) {
                    throw new IllegalStateException("no levels parsed: " + abstractNum);
                }
                return abstractNum;
            } catch (XmlException e) {
                throw new IllegalStateException(e);
            }
        }

        private static CTStyle style(String xml) {
            try {
                return CTStyle.Factory.parse(xml.replaceFirst("^<w:style ", "<xml-fragment xmlns:w=\"" + W + "\" ")
                        .replaceFirst("</w:style>$", "</xml-fragment>"));
            } catch (XmlException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A PDF writing {@code lines} in Liberation Serif 12 pt, 45 lines a page. */
    public static byte[] pdf(List<String> lines) {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 45) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + 45)));
        }
        return pdfPages(pages.isEmpty() ? List.of(List.of()) : pages);
    }

    /** A PDF of the given pages, each its lines in Liberation Serif 12 pt. */
    public static byte[] pdfPages(List<List<String>> pages) {
        return pdf(pages, document -> {
        });
    }

    /** A PDF with text whose catalog runs JavaScript when it is opened. */
    public static byte[] pdfWithJavaScriptOpenAction(List<String> lines) {
        return pdf(List.of(lines), document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('Xin chào');")));
    }

    /** A PDF with text and a link whose action is JavaScript, run when a reader clicks it. */
    public static byte[] pdfWithJavaScriptLink(List<String> lines) {
        return pdf(List.of(lines), document -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(70, 700, 200, 20));
            link.setAction(new PDActionJavaScript("this.submitForm('http://127.0.0.1/');"));
            document.getPage(0).getAnnotations().add(link);
        });
    }

    /** A PDF with text and a file attached to it (the names tree's EmbeddedFiles). */
    public static byte[] pdfWithEmbeddedFile(List<String> lines) {
        return pdf(List.of(lines), document -> {
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(
                    "MZ not really a program".getBytes(StandardCharsets.US_ASCII)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("setup.exe");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("setup.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
    }

    /** A PDF that opens only with {@code userPassword} (an empty one: anyone may open it, the owner restricts). */
    public static byte[] encryptedPdf(List<String> lines, String userPassword) {
        return pdf(List.of(lines), document -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chủ-sở-hữu", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        });
    }

    /** Something done to a PDF with its pages written, before it is saved. */
    private interface Finish {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] pdf(List<List<String>> pages, Finish finish) {
        try (PDDocument document = new PDDocument()) {
            addPages(document, pages);
            finish.apply(document);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scan: each page a drawn picture of text lines, with no text layer. */
    public static byte[] scanLikePdf(int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
                Graphics2D graphics = image.createGraphics();
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, 600, 800);
                graphics.setColor(Color.DARK_GRAY);
                for (int line = 0; line < 30; line++) {
                    graphics.fillRect(60, 60 + line * 24, 300 + (line * 37) % 180, 10);
                }
                graphics.dispose();
                PDImageXObject picture = LosslessFactory.createFromImage(document, image);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small .docx whose word/document.xml inflates to {@code inflatedBytes} of zeros: a zip bomb
     * a few KB to a few hundred KB in size, built by deflating a stream, never held in memory whole.
     */
    public static byte[] zipBombDocx(long inflatedBytes) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 16];
            for (long written = 0; written < inflatedBytes; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, inflatedBytes - written));
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of a file, as an upload cut short delivers it. */
    public static byte[] truncated(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    /** A .docx with macros: the same files plus word/vbaProject.bin, as Word saves a .docm. */
    public static byte[] withMacros(byte[] docx) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            out.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4});
            out.closeEntry();
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip that is not a .docx: a text file in an archive. */
    public static byte[] plainZip() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("ke-hoach.txt"));
            zip.write("Kế hoạch".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes no reader takes: random, NULs and control bytes among them. */
    public static byte[] randomBinary(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "</Types>";

    private static void addPages(PDDocument document, List<List<String>> pages) throws IOException {
        PDType0Font font;
        try (InputStream ttf = TestDocuments.class.getResourceAsStream(FONTS + "LiberationSerif-Regular.ttf")) {
            font = PDType0Font.load(document, ttf);
        }
        for (List<String> lines : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.setLeading(16);
                content.newLineAtOffset(70, PDRectangle.A4.getHeight() - 70);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
