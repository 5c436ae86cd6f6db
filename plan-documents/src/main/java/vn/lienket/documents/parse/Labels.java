package vn.lienket.documents.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field labels of an activity ("Thời gian thực hiện:", "Cơ quan chủ trì", "Đơn vị phối hợp")
 * recognised at the start of a paragraph through folded keys, with about one edit in five letters
 * of the label tolerated (OCR's "Thòi gian", "Đon vi phoi họp"); the value after it is untouched.
 */
final class Labels {

    enum Field { THEME, TIMEFRAME, LOCATION, LEAD, COORDINATING, NOTES }

    /** A label found: its field, where its value starts, whether a colon closed it, how many edits it took. */
    record Found(Field field, int valueStart, boolean colon, int distance) {
    }

    private static final Map<Field, List<String>> VARIANTS = Map.of(
            Field.THEME, List.of("chu de"),
            Field.TIMEFRAME, List.of("thoi gian thuc hien", "thoi gian", "thoi gian to chuc", "thoi gian hoan thanh",
                    "tien do thuc hien", "tien do", "thoi han", "thoi han hoan thanh"),
            Field.LOCATION, List.of("dia diem", "dia diem to chuc", "dia diem thuc hien", "dia ban"),
            Field.LEAD, List.of("don vi chu tri", "don vi chu tri phoi hop", "don vi chu tri thuc hien", "don vi thuc hien",
                    "co quan chu tri", "co quan chu tri thuc hien", "co quan chu tri phoi hop", "co quan thuc hien",
                    "chu tri", "don vi chiu trach nhiem", "co quan chiu trach nhiem", "don vi dau moi"),
            Field.COORDINATING, List.of("don vi phoi hop", "co quan phoi hop", "don vi phoi hop thuc hien",
                    "co quan phoi hop thuc hien", "phoi hop", "don vi tham gia"),
            Field.NOTES, List.of("noi dung", "ghi chu", "noi dung thuc hien", "noi dung chi tiet"));

    /** Words between a label and its colon that still belong to the label ("Địa điểm tổ chức:"). */
    private static final Pattern LABEL_TAIL = Pattern.compile("^[\\p{L} ,/]{1,30}?:");

    private Labels() {
    }

    /** The label {@code text} starts with, if any. */
    static Optional<Found> at(String text) {
        String folded = Fuzzy.fold(text);
        List<Integer> ends = wordEnds(folded);
        if (ends.isEmpty()) {
            return Optional.empty();
        }
        String firstWord = folded.substring(0, ends.get(0)).strip();
        Found best = null;
        int bestLetters = 0;
        for (Map.Entry<Field, List<String>> entry : VARIANTS.entrySet()) {
            for (String variant : entry.getValue()) {
                String[] variantWords = variant.split(" ");
                if (Fuzzy.distance(variantWords[0], firstWord) > 1 && !firstWord.startsWith(variantWords[0])
                        && !variantWords[0].startsWith(firstWord)) {
                    continue; // cheap test first: a label's first word, one letter misread, run into the next or split
                }
                String letters = variant.replace(" ", "");
                int words = variantWords.length;
                for (int k = Math.max(1, words - 1); k <= Math.min(ends.size(), words + 2); k++) {
                    int end = ends.get(k - 1);
                    int d = Fuzzy.distance(letters, lettersOf(folded, end));
                    if (d > Fuzzy.tolerance(letters.length())) {
                        continue;
                    }
                    if (best == null || letters.length() > bestLetters
                            || letters.length() == bestLetters && d < best.distance()) {
                        best = close(entry.getKey(), text, folded, end, d);
                        bestLetters = letters.length();
                    }
                }
            }
        }
        if (best == null || best.distance() > 0 && !best.colon()) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Whether a label without a colon is still a label: exact, naming a unit, and followed by a name. */
    static boolean standsWithoutColon(Found found, String text) {
        if (found.colon()) {
            return true;
        }
        String folded = Fuzzy.fold(text);
        boolean unit = (found.field() == Field.LEAD || found.field() == Field.COORDINATING)
                && (folded.startsWith("co quan") || folded.startsWith("don vi"));
        String rest = text.substring(found.valueStart()).strip();
        return found.distance() == 0 && unit && !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0));
    }

    private static Found close(Field field, String text, String folded, int end, int distance) {
        int i = end;
        while (i < folded.length() && folded.charAt(i) == ' ') {
            i++;
        }
        if (i < folded.length() && folded.charAt(i) == ':') {
            return new Found(field, i + 1, true, distance);
        }
        Matcher tail = LABEL_TAIL.matcher(folded.substring(end));
        if (tail.find() && tail.group().strip().split("\\s+").length <= 3) {
            return new Found(field, end + tail.end(), true, distance);
        }
        return new Found(field, end, false, distance);
    }

    /** Where each of the first words ends, stopping at a colon. */
    private static List<Integer> wordEnds(String folded) {
        List<Integer> ends = new ArrayList<>();
        int i = 0;
        while (i < folded.length() && ends.size() < 9) {
            char c = folded.charAt(i);
            if (c == ':') {
                break;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < folded.length() && Character.isLetterOrDigit(folded.charAt(j))) {
                    j++;
                }
                ends.add(j);
                i = j;
            } else if (c == ' ' || c == '\t') {
                i++;
            } else {
                break;
            }
        }
        return ends;
    }

    private static String lettersOf(String folded, int end) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (Character.isLetterOrDigit(folded.charAt(i))) {
                letters.append(folded.charAt(i));
            }
        }
        return letters.toString();
    }

    /** The letters of a short text, folded: "Nơi nhận:" is "noinhan". */
    static String key(String text) {
        return Fuzzy.fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Whether the folded letters of {@code text} start with {@code phrase}'s, within the tolerance. */
    static boolean startsWith(String text, String phrase) {
        String letters = phrase.replace(" ", "");
        String key = key(text);
        if (key.length() < letters.length() - 1) {
            return false;
        }
        int tolerance = Fuzzy.tolerance(letters.length());
        for (int len = Math.max(0, letters.length() - tolerance); len <= Math.min(key.length(), letters.length() + tolerance); len++) {
            if (Fuzzy.distance(letters, key.substring(0, len)) <= tolerance) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} is {@code phrase} and nothing more, within the tolerance. */
    static boolean is(String text, String phrase) {
        String letters = phrase.replace(" ", "");
        return Fuzzy.distance(letters, key(text)) <= Fuzzy.tolerance(letters.length());
    }
}
