package vn.lienket.documents.write;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The facts of Decree 30/2020/NĐ-CP's layout (Phụ lục I) that both renderers draw from: the page,
 * its margins, the sizes of each block and the words of the header and the closing blocks. A
 * renderer converts these to its own units; neither decides a size of its own.
 */
final class Layout {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    static final String LANGUAGE_TAG = "vi-VN";
    static final String PRODUCER = "Liên Kết";
    /** What Word users have; LibreOffice substitutes the metric-compatible Liberation Serif. */
    static final String DOCX_FONT = "Times New Roman";

    static final double PAGE_WIDTH_MM = 210;
    static final double PAGE_HEIGHT_MM = 297;
    static final double MARGIN_TOP_MM = 20;
    static final double MARGIN_BOTTOM_MM = 20;
    static final double MARGIN_LEFT_MM = 30;
    static final double MARGIN_RIGHT_MM = 15;
    static final double TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;
    /** The page number's baseline sits in the top margin, centred (Decree 30: from page 2 on). */
    static final double PAGE_NUMBER_FROM_TOP_MM = 12;
    /** Header and closing blocks: the issuer / recipients column, then the motto / signature one. */
    static final double LEFT_COLUMN_MM = 64;
    static final double RIGHT_COLUMN_MM = TEXT_WIDTH_MM - LEFT_COLUMN_MM;

    static final double BODY_PT = 14;
    static final double HEADER_PT = 13;
    static final double NATION_PT = 12.5;
    static final double MOTTO_PT = 13.5;
    static final double DATE_PT = 13;
    static final double TITLE_PT = 14;
    static final double RECIPIENTS_HEADING_PT = 12;
    static final double RECIPIENTS_PT = 11;
    static final double SIGNER_PT = 14;
    static final double PAGE_NUMBER_PT = 13;
    /** Word's "multiple" line spacing; single is 1, Decree 30 allows up to 1.5. */
    static final double LINE_SPACING = 1.15;
    static final double FIRST_LINE_INDENT_MM = 12.7;
    static final double PARAGRAPH_SPACING_PT = 6;
    /** Room left between the signer's title and name for the signature and the seal. */
    static final double SIGNATURE_SPACE_MM = 25;

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String BODY_HEADING = "I. NỘI DUNG THỰC HIỆN";
    static final String FUNDING_HEADING = "II. KINH PHÍ";
    static final String RECIPIENTS_HEADING = "Nơi nhận:";
    static final String DEFAULT_KIND = "KẾ HOẠCH";

    private Layout() {
    }

    static double mmToPt(double mm) {
        return mm * 72 / 25.4;
    }

    static int mmToTwips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /**
     * NFC, whitespace runs as one space, ends stripped, invisible format and control characters
     * (a zero-width space, a byte-order mark, a soft hyphen pasted from a web page) left out: what
     * every piece of text goes through first. Every visible character stays.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.replaceAll("[\\s\\u00A0]+", " ").replaceAll("[\\p{Cf}\\p{Cc}]", "")
                .replaceAll(" {2,}", " ").strip();
    }

    static boolean present(String text) {
        return text != null && !clean(text).isEmpty();
    }

    static String upper(String text) {
        return clean(text).toUpperCase(VIETNAMESE);
    }

    /**
     * The issuer as the header writes it: "Ủy ban nhân dân Thành phố Hồ Chí Minh" is the parent body
     * "ỦY BAN NHÂN DÂN" over "THÀNH PHỐ HỒ CHÍ MINH" in bold; anything else one bold line.
     */
    static Issuer issuer(String issuer) {
        if (!present(issuer)) {
            return new Issuer(null, "");
        }
        String text = clean(issuer);
        String body = Issuers.bodyOf(text);
        if (body != null) {
            return new Issuer(upper(Issuers.COMMITTEE), upper(body));
        }
        return new Issuer(null, upper(text));
    }

    /** {@code parent} is null when the issuer is one line. */
    record Issuer(String parent, String body) {
    }

    static String numberLine(String number) {
        return present(number) ? "Số: " + clean(number) : "Số:      /KH-UBND";
    }

    static String dateLine(String place, LocalDate issuedOn) {
        String where = present(place) ? clean(place) + ", " : "";
        if (issuedOn == null) {
            return where + "ngày      tháng      năm      ";
        }
        return where + String.format("ngày %02d tháng %02d năm %d",
                issuedOn.getDayOfMonth(), issuedOn.getMonthValue(), issuedOn.getYear());
    }

    static String kind(String kind) {
        return present(kind) ? upper(kind) : DEFAULT_KIND;
    }

    /** "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": one line each, in capitals. */
    static List<String> signerLines(String signerTitle) {
        List<String> lines = new ArrayList<>();
        if (present(signerTitle)) {
            for (String line : signerTitle.split("/")) {
                if (present(line)) {
                    lines.add(upper(line));
                }
            }
        }
        return lines;
    }

    /** "- Sở Du lịch;" each, the last "- Lưu: VT." ending with a full stop. */
    static List<String> recipientLines(List<String> recipients) {
        List<String> present = recipients.stream().filter(Layout::present).map(Layout::clean).toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < present.size(); i++) {
            String r = present.get(i).replaceFirst("^[-–•]\\s*", "").replaceFirst("[;.,]$", "");
            lines.add("- " + r + (i == present.size() - 1 ? "." : ";"));
        }
        return lines;
    }
}
