package vn.lienket.documents.parse;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.lienket.documents.read.Block;
import vn.lienket.documents.read.DocumentFormat;
import vn.lienket.documents.read.SourceDocument;
import vn.lienket.fixtures.ProgrammeFixture;

/**
 * A master plan laid out as {@code PlanDocument} says this project exports it, in the blocks the
 * reader gives for it: a .docx (the header a two-column table, one block per paragraph) or a PDF
 * (the two columns collapsed into lines, every paragraph wrapped at the page's width, each page
 * numbered at its top).
 */
final class ExportLayout {

    /** Lead and coordinating units for the activities, which the fixture's master plan does not carry. */
    static final String LEAD = "Sở Du lịch";
    static final List<String> COORDINATING = List.of("Sở Tài chính", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
            "các doanh nghiệp kinh doanh du lịch trên địa bàn");

    private ExportLayout() {
    }

    static SourceDocument docx(ProgrammeFixture.MasterPlan plan) {
        List<Block> blocks = new ArrayList<>();
        String[] issuer = issuerLines(plan.issuer());
        blocks.add(new Block(Block.Kind.TABLE_ROW, "table 1, row 1", "", List.of(
                issuer[0] + "\n" + issuer[1] + "\n" + "Số: " + plan.number(),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + placeAndDate(plan)), false, 0));
        List<String> body = body(plan);
        for (String text : body.subList(0, body.indexOf("Nơi nhận:"))) {
            boolean heading = text.equals("KẾ HOẠCH") || text.matches("^[IVX]+\\. .*");
            blocks.add(new Block(Block.Kind.PARAGRAPH, "paragraph " + (blocks.size() + 1), text, List.of(), heading, 0));
        }
        // the closing blocks side by side in a table, each cell's paragraphs joined by spaces
        blocks.add(new Block(Block.Kind.TABLE_ROW, "table 2, row 1", "", List.of(
                "Nơi nhận: - Các thành viên liên kết; - Lưu: VT.", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"), false, 0));
        return new SourceDocument(DocumentFormat.DOCX, "UTF-8", 3, blocks);
    }

    static SourceDocument pdf(ProgrammeFixture.MasterPlan plan) {
        List<String> lines = new ArrayList<>();
        String[] issuer = issuerLines(plan.issuer());
        lines.add(issuer[0] + " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        lines.add(issuer[1] + " Độc lập - Tự do - Hạnh phúc");
        lines.add("Số: " + plan.number() + " " + placeAndDate(plan));
        List<String> body = body(plan);
        boolean title = false;
        for (String text : body) {
            if (text.startsWith("Nơi nhận:")) {
                lines.add("Nơi nhận: TM. ỦY BAN NHÂN DÂN");
                continue;
            }
            for (String line : wrap(text, title ? 60 : 88)) {
                if (lines.size() % 45 == 0) {
                    lines.add(String.valueOf(lines.size() / 45 + 1)); // the page's number at its top
                }
                lines.add(line);
            }
            title = text.equals("KẾ HOẠCH");
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            blocks.add(new Block(Block.Kind.LINE, "page " + (i / 45 + 1) + ", line " + (i % 45 + 1), lines.get(i), List.of(), false, 0));
        }
        return new SourceDocument(DocumentFormat.PDF, "UTF-8", 3, blocks);
    }

    private static List<String> body(ProgrammeFixture.MasterPlan plan) {
        List<String> body = new ArrayList<>();
        body.add("KẾ HOẠCH");
        body.add(plan.title());
        plan.legalBases().forEach(basis -> body.add("Căn cứ " + basis + ";"));
        body.add("Ủy ban nhân dân ban hành Kế hoạch triển khai năm " + plan.year() + " như sau:");
        body.add("I. NỘI DUNG THỰC HIỆN");
        for (ProgrammeFixture.Section section : plan.sections()) {
            body.add(section.code() + ". " + section.title());
            for (ProgrammeFixture.Activity a : section.activities()) {
                body.add(a.code() + ". " + a.title());
                if (a.theme() != null) {
                    body.add("- Chủ đề: " + a.theme());
                }
                body.add("- Thời gian thực hiện: " + a.timeframe());
                body.add("- Địa điểm: " + a.location());
                body.add("- Đơn vị chủ trì: " + LEAD);
                body.add("- Đơn vị phối hợp: " + String.join("; ", COORDINATING));
                body.add("- Ghi chú: Kinh phí do " + LEAD + " bố trí");
            }
        }
        body.add("II. KINH PHÍ");
        body.add(plan.funding());
        body.add("Nơi nhận:");
        body.add("- Các thành viên liên kết;");
        body.add("- Lưu: VT.");
        body.add("KT. CHỦ TỊCH");
        body.add("PHÓ CHỦ TỊCH");
        return body;
    }

    private static String[] issuerLines(String issuer) {
        String upper = issuer.toUpperCase(Locale.ROOT);
        return new String[] {upper.substring(0, "ỦY BAN NHÂN DÂN".length()), upper.substring("ỦY BAN NHÂN DÂN ".length())};
    }

    private static String placeAndDate(ProgrammeFixture.MasterPlan plan) {
        String place = plan.issuer().substring("Ủy ban nhân dân ".length()).replaceFirst("^tỉnh ", "").replaceAll(" \\(.*\\)$", "");
        return place + ", ngày " + plan.issuedOn().format(DateTimeFormatter.ofPattern("dd 'tháng' MM 'năm' yyyy"));
    }

    /** Words laid out in lines of at most {@code width} characters. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
