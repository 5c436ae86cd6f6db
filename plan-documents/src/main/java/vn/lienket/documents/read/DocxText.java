package vn.lienket.documents.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.lienket.documents.DocumentRefused;

/**
 * A .docx's body in reading order: one block per non-empty paragraph with its list label written
 * in front, one per table row (a table inside a cell gives rows of its own, right after the row
 * that holds it). Run only after {@link ZipGuard} has inflated the zip once without harm.
 */
final class DocxText {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s*([1-9])");

    private final XWPFDocument document;
    private final WordNumbering numbering;
    private final Deadline deadline;
    private final List<Block> blocks = new ArrayList<>();
    private int paragraphs;
    private int tables;
    private long characters;

    private DocxText(XWPFDocument document, Deadline deadline) {
        this.document = document;
        this.numbering = new WordNumbering(document);
        this.deadline = deadline;
    }

    static SourceDocument read(byte[] content, DocumentLimits limits, String fileName, Deadline deadline) {
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxCompressionRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUnzippedBytes());
        ZipSecureFile.setMaxFileCount(ZipGuard.MAX_ENTRIES);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            DocxText text = new DocxText(document, deadline);
            text.walk(document.getBodyElements());
            int pages = Texts.estimatePages(text.characters);
            Texts.checkPages(pages, limits, fileName, "about ");
            return new SourceDocument(DocumentFormat.DOCX, "UTF-8", pages, text.blocks);
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalStateException
                 | IllegalArgumentException | ClassCastException e) {
            throw ZipGuard.malformed(fileName, ZipGuard.plain(e));
        }
    }

    private void walk(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            deadline.check();
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                table(table);
            } else if (element instanceof XWPFSDT sdt) {
                String text = Texts.clean(sdt.getContent().getText());
                if (!text.isEmpty()) {
                    add(new Block(Block.Kind.PARAGRAPH, "paragraph " + ++paragraphs, text, List.of(), false, 0));
                }
            }
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        WordNumbering.Label label = numbering.next(paragraph);
        String text = Texts.clean(paragraph.getText());
        if (text.isEmpty()) {
            return;
        }
        int headingLevel = headingLevel(paragraph);
        boolean heading = headingLevel > 0 || allBold(paragraph);
        int level = headingLevel > 0 ? headingLevel : label != null ? label.level() : 0;
        String labelled = label == null || label.text().isEmpty() ? text : Texts.clean(label.text() + " " + text);
        add(new Block(Block.Kind.PARAGRAPH, "paragraph " + ++paragraphs, labelled, List.of(), heading, level));
    }

    private void table(XWPFTable table) {
        int number = ++tables;
        int row = 0;
        for (XWPFTableRow tableRow : table.getRows()) {
            deadline.check();
            List<String> cells = new ArrayList<>();
            List<XWPFTable> nested = new ArrayList<>();
            for (XWPFTableCell cell : tableRow.getTableCells()) {
                cells.add(cellText(cell, nested));
            }
            row++;
            if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                add(new Block(Block.Kind.TABLE_ROW, "table " + number + ", row " + row, String.join(" | ", cells),
                        cells, false, 0));
            }
            nested.forEach(this::table);
        }
    }

    private String cellText(XWPFTableCell cell, List<XWPFTable> nested) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                WordNumbering.Label label = numbering.next(paragraph);
                String text = Texts.clean(paragraph.getText());
                if (!text.isEmpty()) {
                    parts.add(label == null || label.text().isEmpty() ? text : label.text() + " " + text);
                }
            } else if (element instanceof XWPFTable table) {
                nested.add(table);
            }
        }
        return Texts.clean(String.join(" ", parts));
    }

    private void add(Block block) {
        characters += block.text().length();
        blocks.add(block);
    }

    /** Heading n and Title styles (by id or by name, following basedOn), or an outline level. */
    private int headingLevel(XWPFParagraph paragraph) {
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

    private static boolean allBold(XWPFParagraph paragraph) {
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

    static DocumentRefused macros(String fileName) {
        return new DocumentRefused(DocumentRefused.Reason.ACTIVE_CONTENT, fileName
                + " contains macros (a macro-enabled Word document); save it as a plain .docx and upload it again.");
    }
}
