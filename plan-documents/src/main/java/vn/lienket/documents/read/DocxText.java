package vn.lienket.documents.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;

import vn.lienket.documents.DocumentRefused;

/**
 * A .docx's body in reading order: one block per non-empty paragraph with its list label written
 * in front, one per table row (a table inside a cell gives rows of its own, right after the row
 * that holds it). Run only after {@link ZipGuard} has inflated the zip once without harm.
 */
final class DocxText {

    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(footnoteRef|endnoteRef):\\d+\\]");

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
        String text = Texts.clean(textOf(paragraph));
        if (text.isEmpty()) {
            return;
        }
        int headingLevel = WordHeadings.level(document, paragraph);
        boolean heading = headingLevel > 0 || WordHeadings.allBold(paragraph);
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
                String text = Texts.clean(textOf(paragraph));
                // An auto-numbered "STT" cell is empty but for the number Word draws in it.
                String labelled = label == null || label.text().isEmpty() ? text : label.text() + " " + text;
                if (!labelled.isBlank()) {
                    parts.add(labelled);
                }
            } else if (element instanceof XWPFTable table) {
                nested.add(table);
            }
        }
        return Texts.clean(String.join(" ", parts));
    }

    /**
     * The paragraph's runs as {@code getText()} gives them, less the footnotes it appends and the
     * "[footnoteRef:1]" POI writes for a note's mark: a footnote is not part of the sentence it annotates.
     */
    private static String textOf(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (IRunElement run : paragraph.getIRuns()) {
            if (run instanceof XWPFRun xwpfRun) {
                if (!xwpfRun.getCTR().isSetRsidDel() && !deleted(xwpfRun)) {
                    String runText = xwpfRun.text();
                    if (xwpfRun.getCTR().sizeOfFootnoteReferenceArray() > 0
                            || xwpfRun.getCTR().sizeOfEndnoteReferenceArray() > 0) {
                        runText = NOTE_REFERENCE.matcher(runText).replaceAll("");
                    }
                    text.append(runText);
                }
            } else if (run instanceof XWPFSDT sdt) {
                text.append(sdt.getContent().getText());
            } else {
                text.append(run);
            }
        }
        return text.toString();
    }

    /** A run inside a tracked deletion (w:del, w:moveFrom): the text reads as if every change were accepted. */
    private static boolean deleted(XWPFRun run) {
        try (XmlCursor cursor = run.getCTR().newCursor()) {
            if (!cursor.toParent()) {
                return false;
            }
            String parent = cursor.getName() == null ? "" : cursor.getName().getLocalPart();
            return parent.equals("del") || parent.equals("moveFrom");
        }
    }

    private void add(Block block) {
        characters += block.text().length();
        blocks.add(block);
    }

    static DocumentRefused macros(String fileName) {
        return new DocumentRefused(DocumentRefused.Reason.ACTIVE_CONTENT, fileName
                + " contains macros (a macro-enabled Word document); save it as a plain .docx and upload it again.");
    }
}
