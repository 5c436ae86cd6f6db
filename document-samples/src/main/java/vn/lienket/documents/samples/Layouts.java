package vn.lienket.documents.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import vn.lienket.documents.write.ExportFormat;
import vn.lienket.documents.write.PlanDocument;
import vn.lienket.documents.write.PlanWriter;

/** Writes a plan in each {@link Layout}, as the file a department would send. */
public final class Layouts {

    /** Where a PDF's text layer breaks the lines of a paragraph, about. */
    private static final int WRAP = 80;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM", Locale.ROOT);

    private Layouts() {
    }

    /** Every layout of the plan, in the order of {@link Layout}. */
    public static List<Sample> all(PlanDocument plan, String name) {
        return java.util.Arrays.stream(Layout.values()).map(layout -> of(plan, layout, name)).toList();
    }

    /** The plan written in one layout, as {@code <name>-<layout>.<extension>}. */
    public static Sample of(PlanDocument plan, Layout layout, String name) {
        String fileName = name + "-" + layout.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + layout.extension();
        return switch (layout) {
            case NUMBERED -> text(layout, fileName, plan, numbered(plan));
            case LETTERED -> text(layout, fileName, plan, wrapped(lettered(plan)));
            case MARKDOWN -> text(layout, fileName, plan, markdown(plan));
            case NO_DIACRITICS -> {
                PlanDocument written = Damage.apply(plan, Damage::withoutDiacritics);
                yield text(layout, fileName, written, numbered(written));
            }
            case OCR -> {
                PlanDocument written = Damage.apply(plan, Damage::ocr);
                yield text(layout, fileName, written, wrapped(lettered(plan)).stream().map(Damage::ocr).toList());
            }
            case TABLE -> new Sample(layout, fileName, table(plan), plan);
            case WORD_NUMBERING -> new Sample(layout, fileName, wordNumbering(plan), plan);
            case EXPORTED_DOCX -> new Sample(layout, fileName, PlanWriter.write(plan, ExportFormat.DOCX), plan);
            case EXPORTED_PDF -> new Sample(layout, fileName, PlanWriter.write(plan, ExportFormat.PDF), plan);
        };
    }

    private static Sample text(Layout layout, String fileName, PlanDocument written, List<String> lines) {
        return new Sample(layout, fileName, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), written);
    }

    /** The header as the two blocks of Decree 30 read line by line, then the kind, title and bases. */
    private static List<String> header(PlanDocument plan) {
        List<String> lines = new ArrayList<>(issuerLines(plan.issuer()));
        lines.add("Số: " + (plan.number() == null ? "     /KH-UBND" : plan.number()));
        lines.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        lines.add("Độc lập - Tự do - Hạnh phúc");
        lines.add(dateLine(plan));
        lines.add(plan.kind().toUpperCase(Locale.forLanguageTag("vi")));
        lines.add(plan.title());
        for (int i = 0; i < plan.legalBases().size(); i++) {
            lines.add(legalBasis(plan.legalBases().get(i), i == plan.legalBases().size() - 1));
        }
        lines.addAll(plan.preamble());
        return lines;
    }

    /** "Căn cứ …;" as plans cite, the last one ending with a full stop. */
    private static String legalBasis(String basis, boolean last) {
        return "Căn cứ " + basis.replaceFirst("[;.,]$", "") + (last ? "." : ";");
    }

    static List<String> issuerLines(String issuer) {
        String lower = issuer.toLowerCase(Locale.forLanguageTag("vi"));
        Locale vi = Locale.forLanguageTag("vi");
        for (String parent : List.of("ủy ban nhân dân", "uy ban nhan dan", "uỷ ban nhân dân")) {
            if (lower.startsWith(parent + " ")) {
                return List.of(issuer.substring(0, parent.length()).toUpperCase(vi),
                        issuer.substring(parent.length() + 1).toUpperCase(vi));
            }
        }
        return List.of(issuer.toUpperCase(vi));
    }

    private static String dateLine(PlanDocument plan) {
        if (plan.issuedOn() == null) {
            return plan.place() + ", ngày      tháng      năm     ";
        }
        return plan.place() + ", ngày " + DAY.format(plan.issuedOn()) + " tháng " + MONTH.format(plan.issuedOn())
                + " năm " + plan.issuedOn().getYear();
    }

    private static List<String> closing(PlanDocument plan) {
        List<String> lines = new ArrayList<>();
        if (plan.funding() != null) {
            lines.add("II. KINH PHÍ");
            lines.add(plan.funding());
        }
        lines.add("Nơi nhận:");
        plan.recipients().forEach(r -> lines.add("- " + r + ";"));
        return lines;
    }

    private static void fields(PlanDocument.Activity a, String lead, String coordinating, String timeframe,
                               Consumer<String> out) {
        if (a.theme() != null) {
            out.accept("Chủ đề: " + a.theme());
        }
        if (a.timeframe() != null) {
            out.accept(timeframe + ": " + a.timeframe());
        }
        if (a.location() != null) {
            out.accept("Địa điểm: " + a.location());
        }
        if (a.leadUnit() != null) {
            out.accept(lead + ": " + a.leadUnit());
        }
        if (!a.coordinatingUnits().isEmpty()) {
            out.accept(coordinating + ": " + String.join("; ", a.coordinatingUnits()));
        }
        if (a.notes() != null) {
            out.accept("Ghi chú: " + a.notes());
        }
    }

    private static List<String> numbered(PlanDocument plan) {
        List<String> lines = header(plan);
        lines.add("I. NỘI DUNG THỰC HIỆN");
        for (PlanDocument.Section s : plan.sections()) {
            lines.add(s.code() + ". " + s.title());
            for (PlanDocument.Activity a : s.activities()) {
                lines.add(a.code() + ". " + a.title());
                fields(a, "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", f -> lines.add("- " + f));
            }
        }
        lines.addAll(closing(plan));
        return lines;
    }

    /** The letters Vietnamese documents number with: "đ)" after "d)", and no "f", "j", "w" or "z". */
    private static final String LETTERS = "abcdđeghiklmnopqrstuvxy";

    /** Sectors numbered 1, 2…, their activities lettered a), b)… đ), e)… in the order of their codes. */
    private static List<String> lettered(PlanDocument plan) {
        List<String> lines = header(plan);
        lines.add("I. NHIỆM VỤ VÀ GIẢI PHÁP");
        for (PlanDocument.Section s : plan.sections()) {
            lines.add(s.code() + ". " + s.title());
            int letter = 0;
            for (PlanDocument.Activity a : s.activities()) {
                lines.add(LETTERS.charAt(letter++ % LETTERS.length()) + ") " + a.title());
                fields(a, "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", f -> lines.add("- " + f));
            }
        }
        lines.addAll(closing(plan));
        return lines;
    }

    private static List<String> markdown(PlanDocument plan) {
        List<String> lines = new ArrayList<>();
        issuerLines(plan.issuer()).forEach(l -> lines.add("**" + l + "**"));
        lines.add("Số: " + plan.number());
        lines.add("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**");
        lines.add("**Độc lập - Tự do - Hạnh phúc**");
        lines.add("*" + dateLine(plan) + "*");
        lines.add("");
        lines.add("# " + plan.kind().toUpperCase(Locale.forLanguageTag("vi")));
        lines.add("**" + plan.title() + "**");
        lines.add("");
        for (int i = 0; i < plan.legalBases().size(); i++) {
            lines.add(legalBasis(plan.legalBases().get(i), i == plan.legalBases().size() - 1));
            lines.add("");
        }
        lines.add("## I. NỘI DUNG THỰC HIỆN");
        for (PlanDocument.Section s : plan.sections()) {
            lines.add("");
            lines.add("### " + s.code() + ". " + s.title());
            for (PlanDocument.Activity a : s.activities()) {
                lines.add("");
                lines.add("**" + a.code() + ". " + a.title() + "**");
                lines.add("");
                fields(a, "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", f -> lines.add("- " + f));
            }
        }
        lines.add("");
        if (plan.funding() != null) {
            lines.add("## II. KINH PHÍ");
            lines.add("");
            lines.add(plan.funding());
            lines.add("");
        }
        lines.add("**Nơi nhận:**");
        plan.recipients().forEach(r -> lines.add("- " + r + ";"));
        return lines;
    }

    /** Each paragraph broken into lines of at most {@link #WRAP} characters, at spaces, as a PDF's text comes out. */
    private static List<String> wrapped(List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** A .docx whose activities are the rows of one table, its columns in an order other plans do not use. */
    private static byte[] table(PlanDocument plan) {
        try (XWPFDocument doc = new XWPFDocument()) {
            header(plan).forEach(line -> paragraph(doc, line, false));
            paragraph(doc, "I. NỘI DUNG THỰC HIỆN", true);
            List<String> columns = List.of("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện", "Địa điểm",
                    "Chủ đề", "Đơn vị phối hợp", "Ghi chú");
            XWPFTable table = doc.createTable(1, columns.size());
            for (int c = 0; c < columns.size(); c++) {
                table.getRow(0).getCell(c).setText(columns.get(c));
            }
            for (PlanDocument.Section s : plan.sections()) {
                row(table, s.code(), s.title(), "", "", "", "", "", "");
                for (PlanDocument.Activity a : s.activities()) {
                    row(table, a.code(), a.title(), a.leadUnit(), a.timeframe(), a.location(), a.theme(),
                            String.join("; ", a.coordinatingUnits()), a.notes());
                }
            }
            closingParagraphs(doc, plan);
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        for (int c = 0; c < cells.length; c++) {
            row.getCell(c).setText(cells[c] == null ? "" : cells[c]);
        }
    }

    /**
     * A .docx numbered as Word numbers: one list whose level 0 draws "1.", level 1 "1.1." and level 2
     * a dash, so that the numbers and dashes are in numbering.xml only and the paragraphs hold titles.
     */
    private static byte[] wordNumbering(PlanDocument plan) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            level(abstractNum, 0, STNumberFormat.DECIMAL, "%1.");
            level(abstractNum, 1, STNumberFormat.DECIMAL, "%1.%2.");
            level(abstractNum, 2, STNumberFormat.BULLET, "-");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
            header(plan).forEach(line -> paragraph(doc, line, false));
            paragraph(doc, "I. NỘI DUNG THỰC HIỆN", true);
            for (PlanDocument.Section s : plan.sections()) {
                numbered(doc, numId, 0, s.title(), true);
                for (PlanDocument.Activity a : s.activities()) {
                    numbered(doc, numId, 1, a.title(), true);
                    fields(a, "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện",
                            f -> numbered(doc, numId, 2, f, false));
                }
            }
            closingParagraphs(doc, plan);
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void level(CTAbstractNum abstractNum, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.valueOf(ilvl));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
    }

    private static void numbered(XWPFDocument doc, BigInteger numId, int level, String text, boolean bold) {
        XWPFParagraph paragraph = paragraph(doc, text, bold);
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
    }

    private static void closingParagraphs(XWPFDocument doc, PlanDocument plan) {
        for (String line : closing(plan)) {
            paragraph(doc, line, line.startsWith("II.") || line.equals("Nơi nhận:"));
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph paragraph = doc.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontFamily("Times New Roman");
        return paragraph;
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
