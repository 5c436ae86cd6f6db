package vn.lienket.documents.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lienket.documents.read.Block;

/**
 * The top of a plan, as Decree 30/2020/NĐ-CP lays it out and as a text extraction collapses it:
 * the issuing body and the national motto side by side ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM"), "Số: 350/KH-UBND" beside "Kiên Giang, ngày … tháng 3 năm 2024", then "KẾ HOẠCH" and
 * the title. Lines, paragraphs and a two-column table all come down to the same segments.
 */
final class HeaderReader {

    /** What the top of the document said, and the index of the first block after the title. */
    record Top(Traced<String> issuer, Traced<String> number, Traced<String> place, Traced<LocalDate> issuedOn,
               Traced<String> title, int next) {
    }

    private record Segment(String text, String source) {
    }

    private static final Pattern MOTTO_NATION = Pattern.compile(
            "c[o0]ng\\s*h[o0]a\\s*x[a-z]\\s*h[o0][il1]\\s*ch[a-z]\\s*ngh[il1]a\\s*v[il1][e3]t\\s*nam");
    private static final Pattern MOTTO = Pattern.compile(
            "[dp]\\s*[o0]c\\s*[l1i|][a-z]p\\s*\\W*\\s*t[a-z]\\s*d[o0]\\s*\\W*\\s*h[a-z]nh\\s*ph[a-z]c");
    private static final Pattern NUMBER = Pattern.compile(
            "(?:^|\\s)s[o0]\\s*[:.]?\\s*(?<n>\\d*)\\s*/\\s*(?<t>[a-z0-9]+(?:\\s*[-/]\\s*[a-z0-9]+)*)");
    private static final Pattern DATE = Pattern.compile(
            "(?<sep>[,\\s]*)\\bngay\\b\\s*(?<d>\\d{1,2})?\\s*\\bthang\\b\\s*(?<m>\\d{1,2})?\\s*\\bnam\\b\\s*(?<y>\\d{4})?");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s_\\-–—=*.~]*$");
    private static final Pattern PLACE_WORD = Pattern.compile(" (thanh pho|tinh|huyen|quan|thi xa|xa|phuong) ");
    private static final List<String> ACRONYMS = List.of("UBND", "HĐND", "TP", "TP.HCM", "ĐBSCL", "MTTQ");

    private HeaderReader() {
    }

    static Top read(List<Block> blocks) {
        int kind = kindLine(blocks);
        int end = kind >= 0 ? kind : headerEnd(blocks);
        List<Segment> segments = segments(blocks.subList(0, end));
        Traced<String> number = null;
        Traced<String> place = null;
        Traced<LocalDate> issuedOn = null;
        List<Segment> issuerLines = new ArrayList<>();
        boolean numberSeen = false;
        for (Segment segment : segments) {
            String text = withoutMotto(segment.text());
            String folded = Fuzzy.fold(text);
            Matcher n = NUMBER.matcher(folded);
            if (!numberSeen && n.find()) {
                numberSeen = true;
                String digits = text.substring(n.start("n"), n.end("n"));
                String type = text.substring(n.start("t"), n.end("t")).replaceAll("\\s+", "");
                number = digits.isEmpty() ? null : Traced.of(digits + "/" + type, segment.source());
                text = text.substring(n.end());
                folded = folded.substring(n.end());
            }
            Matcher d = DATE.matcher(folded);
            if (place == null && d.find()) {
                String where = Values.clean(text.substring(0, d.start("sep")));
                place = where == null ? null : Traced.of(where, segment.source());
                LocalDate on = date(d);
                issuedOn = on == null ? null : Traced.of(on, segment.source());
                continue;
            }
            if (!numberSeen && !SEPARATOR.matcher(text).matches() && text.codePoints().anyMatch(Character::isLetter)) {
                issuerLines.add(new Segment(Values.space(text), segment.source()));
            }
        }
        Traced<String> issuer = issuerLines.isEmpty() ? null
                : Traced.of(issuer(issuerLines.stream().map(Segment::text).toList()), issuerLines.get(0).source());
        int next = kind >= 0 ? kind + 1 : end;
        List<Block> titleBlocks = new ArrayList<>();
        String sameBlock = kind >= 0 ? afterKind(blocks.get(kind).text()) : "";
        if (kind >= 0) {
            next = title(blocks, kind + 1, titleBlocks, !sameBlock.isEmpty());
        }
        Traced<String> title = null;
        List<String> parts = new ArrayList<>();
        if (!sameBlock.isEmpty()) {
            parts.add(sameBlock);
        }
        titleBlocks.forEach(b -> parts.add(b.text()));
        if (!parts.isEmpty()) {
            String source = sameBlock.isEmpty() ? titleBlocks.get(0).source() : blocks.get(kind).source();
            title = Traced.of(Values.clean(String.join(" ", parts)), source);
        }
        return new Top(issuer, number, place, issuedOn, title, next);
    }

    /** The "KẾ HOẠCH" (or "PHỤ LỤC") line, before any "Căn cứ" or part: -1 when there is none. */
    private static int kindLine(List<Block> blocks) {
        for (int i = 0; i < Math.min(blocks.size(), 80); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.TABLE_ROW || b.text().isBlank()) {
                continue;
            }
            String first = b.text().strip().split("\\R", 2)[0];
            if (Labels.is(first, "ke hoach") || Labels.is(first, "phu luc")) {
                return i;
            }
            if (Starts.legalBasis(b.text().strip()) || Codes.label(b.text().strip())
                    .filter(l -> l.kind() == Codes.Kind.PART).isPresent()) {
                return -1;
            }
        }
        return -1;
    }

    /** Without a "KẾ HOẠCH" line, the header is what comes before the first "Căn cứ", part or numbered item. */
    private static int headerEnd(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String t = Values.space(blocks.get(i).text());
            if (!t.isEmpty() && blocks.get(i).kind() != Block.Kind.TABLE_ROW
                    && (Starts.legalBasis(t) || Codes.label(t).filter(l -> l.kind() != Codes.Kind.DASH).isPresent())) {
                return i;
            }
        }
        return 0;
    }

    private static String afterKind(String text) {
        String[] lines = text.strip().split("\\R", 2);
        return lines.length > 1 ? Values.space(lines[1]) : "";
    }

    /** The title's blocks from {@code from}: up to "Căn cứ", an item, a table, a rule or a change of style. */
    private static int title(List<Block> blocks, int from, List<Block> title, boolean started) {
        int i = from;
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = Values.space(b.text());
            if (t.isEmpty()) {
                continue;
            }
            if (SEPARATOR.matcher(t).matches()) {
                if (!title.isEmpty() || started) {
                    return i + 1;
                }
                continue;
            }
            if (b.kind() == Block.Kind.TABLE_ROW || Starts.legalBasis(t) || Codes.label(t).isPresent()
                    || Starts.recipients(t) || Fuzzy.fold(t).startsWith("kinh gui")) {
                return i;
            }
            if (!title.isEmpty()) {
                Block first = title.get(0);
                if (first.heading() != b.heading() || b.kind() == Block.Kind.PARAGRAPH && !b.heading()
                        || title.size() >= 8) {
                    return i;
                }
            }
            title.add(new Block(b.kind(), b.source(), t, List.of(), b.heading(), b.level()));
        }
        return i;
    }

    private static List<Segment> segments(List<Block> blocks) {
        List<Segment> segments = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.TABLE_ROW) {
                for (int c = 0; c < b.cells().size(); c++) {
                    for (String line : b.cells().get(c).split("\\R")) {
                        segments.add(new Segment(line, b.source() + ", cell " + (c + 1)));
                    }
                }
            } else {
                for (String line : b.text().split("\\R")) {
                    segments.add(new Segment(line, b.source()));
                }
            }
        }
        return segments;
    }

    /** The text with the national motto's words blanked out (same length, so positions still hold). */
    private static String withoutMotto(String text) {
        String t = Values.space(text);
        for (Pattern p : List.of(MOTTO_NATION, MOTTO)) {
            Matcher m = p.matcher(Fuzzy.fold(t));
            if (m.find()) {
                t = t.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + t.substring(m.end());
            }
        }
        return t.strip().isEmpty() ? "" : t.stripTrailing();
    }

    private static LocalDate date(Matcher d) {
        if (d.group("d") == null || d.group("m") == null || d.group("y") == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(d.group("y")), Integer.parseInt(d.group("m")), Integer.parseInt(d.group("d")));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "ỦY BAN NHÂN DÂN" over "TỈNH KIÊN GIANG" is "Ủy ban nhân dân tỉnh Kiên Giang"; a body not in capitals is kept. */
    static String issuer(List<String> lines) {
        String joined = String.join(" ", lines);
        if (!joined.equals(joined.toUpperCase(Locale.ROOT))) {
            return Values.clean(joined);
        }
        if (lines.size() == 1) {
            // "ỦY BAN NHÂN DÂN TỈNH CÀ MAU" on one line (a line break read as a space): split before the place
            String line = Values.space(lines.get(0));
            Matcher place = PLACE_WORD.matcher(Fuzzy.fold(line));
            if (!place.find()) {
                return Values.clean(sentence(line));
            }
            return issuer(List.of(line.substring(0, place.start()), line.substring(place.start() + 1)));
        }
        String first = sentence(Values.space(lines.get(0)));
        // the body's name may wrap over the column's lines: "TỈNH HÀ GIANG (TRƯỞNG NHÓM" / "LIÊN KẾT NĂM 2021)"
        String line = Values.space(String.join(" ", lines.subList(1, lines.size())));
        String folded = Fuzzy.fold(line);
        String prefix = "";
        for (String admin : List.of("thanh pho ", "tinh ", "huyen ", "quan ", "thi xa ", "xa ", "phuong ")) {
            if (folded.startsWith(admin)) {
                // the word as written, in lower case; "Thành phố" keeps its capital, as HCMC's name is written
                prefix = line.substring(0, admin.length()).toLowerCase(Locale.ROOT);
                prefix = admin.equals("thanh pho ") ? capital(prefix) : prefix;
                line = line.substring(admin.length());
                break;
            }
        }
        List<String> out = List.of(first, prefix + titleCase(line));
        return Values.clean(String.join(" ", out));
    }

    private static String sentence(String line) {
        StringBuilder s = new StringBuilder();
        String[] words = line.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = ACRONYMS.contains(words[i]) ? words[i] : words[i].toLowerCase(Locale.ROOT);
            s.append(i == 0 ? capital(w) : w).append(i < words.length - 1 ? " " : "");
        }
        return s.toString();
    }

    /** A name's words capitalised; a remark in brackets after it in sentence case: "(Trưởng nhóm liên kết năm 2021)". */
    private static String titleCase(String line) {
        StringBuilder s = new StringBuilder();
        boolean remark = false;
        for (String w : line.split(" ")) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            boolean opens = w.startsWith("(");
            String lower = w.toLowerCase(Locale.ROOT);
            s.append(ACRONYMS.contains(w) ? w : remark && !opens ? lower : capital(lower));
            remark = remark || opens;
        }
        return s.toString();
    }

    private static String capital(String word) {
        int i = 0;
        while (i < word.length() && !Character.isLetter(word.charAt(i))) {
            i++;
        }
        return i >= word.length() ? word : word.substring(0, i) + Character.toUpperCase(word.charAt(i)) + word.substring(i + 1);
    }
}
