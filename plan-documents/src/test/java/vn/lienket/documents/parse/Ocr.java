package vn.lienket.documents.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lienket.text.VietnameseText;

/**
 * What OCR does to Vietnamese, deterministically: a word keeps or loses its marks, its "đ", its
 * "ơ", an "l" (read as "1") and a "c" (read as "e") by its own letters, so the same word is always
 * damaged the same way wherever it stands; "Độc lập" is read "Poc lập" and some words get an extra
 * space after them. Every other field label is misread too ("Dja diem", "Đon vi chu trl phoi họp"),
 * beyond what folding the marks away puts right; the values after them are left as the words' damage made them.
 */
public final class Ocr {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private Ocr() {
    }

    /** Every mark gone, "đ" read as "d". */
    public static String stripped(String text) {
        return VietnameseText.withoutDiacritics(text);
    }

    private static final String[][] LABELS = {
            {"- Địa điểm:", "- Dja diem:"},
            {"- Đơn vị chủ trì phối hợp:", "- Đon vi chu trl phoi họp:"},
            {"- Thời gian thực hiện:", "- Thòi gian thưc hien :"},
            {"- Đơn vị phối hợp:", "- Đon vi phoi họp:"},
            {"- Chủ đề:", "-Chu dê:"}};

    public static String damaged(String text) {
        String t = text.replace("Độc", "Poc");
        for (String[] label : LABELS) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            int seen = 0;
            for (int i = t.indexOf(label[0]); i >= 0; i = t.indexOf(label[0], i + 1)) {
                out.append(t, at, i).append(seen++ % 2 == 0 ? label[1] : label[0]);
                at = i + label[0].length();
            }
            t = out.append(t.substring(at)).toString();
        }
        Matcher m = WORD.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(word(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A word as OCR reads it: the same word, the same reading. */
    public static String word(String word) {
        int h = word.hashCode() & 0x7fffffff;
        String w = word;
        if (h % 3 == 0) {
            w = VietnameseText.withoutDiacritics(w);
        }
        if (h % 4 == 3) {
            w = w.replace('đ', 'd').replace('Đ', 'D');
        }
        if (h % 5 == 1) {
            w = w.replace('ơ', 'o').replace('ớ', 'ó').replace('ờ', 'ò').replace('ở', 'ỏ').replace('ỡ', 'õ').replace('ợ', 'ọ');
        }
        if (h % 7 == 2 && w.length() > 2) {
            w = w.replaceFirst("l", "1");
        }
        if (h % 11 == 5) {
            w = w.replaceFirst("c", "e");
        }
        if (h % 6 == 4) {
            w = w + " ";
        }
        return w;
    }
}
