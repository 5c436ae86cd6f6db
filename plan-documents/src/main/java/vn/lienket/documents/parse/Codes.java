package vn.lienket.documents.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels items are numbered with, as written at the start of a paragraph: a part "II.", a
 * section "2." or "2)", an activity "2.3." or "2.3", a lettered activity "c)", a dash or bullet; and
 * the codes of the plan model they stand for ("c)" under section 2 is "2.3").
 */
final class Codes {

    enum Kind { PART, NUMBER, MULTI, LETTER, DASH }

    /** A label at the start of a paragraph: what it is, as written, its value ("II", "2", "2.3", "c") and the text after it. */
    record Label(Kind kind, String written, String value, String rest) {
    }

    /** Vietnamese list letters in order: "đ)" comes after "d)", there is no "f", "j", "w", "z". */
    private static final String LETTERS = "abcdđeghiklmnopqrstuvxy";

    private static final Pattern PART = Pattern.compile("^(?<v>[IVX]{1,5})\\s?[.)]\\s*(?<rest>\\S.*)$");
    /** "2.3." or "2.3", and a code a succession suffixed ("2.4.angiang."). */
    private static final Pattern MULTI = Pattern.compile(
            "^(?<v>\\d{1,2}(?:\\.\\d{1,2}){1,3}(?:\\.[a-z][a-z0-9]{1,11}\\d*)?)\\.?(?:\\s+|(?=\\p{Lu}))(?<rest>\\S.*)$");
    private static final Pattern NUMBER = Pattern.compile("^(?<v>\\d{1,2})\\s?[.)](?:\\s+|(?=\\p{Lu}))(?<rest>\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^(?<v>[a-zđ])\\s?\\)\\s*(?<rest>\\S.*)$");
    private static final Pattern DASH = Pattern.compile("^[-–—+•·*▪●◦]\\s*(?<rest>\\S.*)$");

    private Codes() {
    }

    static Optional<Label> label(String text) {
        Matcher m;
        if ((m = PART.matcher(text)).matches()) {
            return Optional.of(label(Kind.PART, m, text));
        }
        if ((m = MULTI.matcher(text)).matches()) {
            return Optional.of(label(Kind.MULTI, m, text));
        }
        if ((m = NUMBER.matcher(text)).matches()) {
            return Optional.of(label(Kind.NUMBER, m, text));
        }
        if ((m = LETTER.matcher(text)).matches()) {
            return Optional.of(label(Kind.LETTER, m, text));
        }
        if ((m = DASH.matcher(text)).matches()) {
            return Optional.of(new Label(Kind.DASH, text.substring(0, m.start("rest")).strip(), "", m.group("rest")));
        }
        return Optional.empty();
    }

    private static Label label(Kind kind, Matcher m, String text) {
        return new Label(kind, text.substring(0, m.start("rest")).strip(), m.group("v"), m.group("rest"));
    }

    /** "c" is 3, "đ" is 5. */
    static int letterIndex(String letter) {
        int i = LETTERS.indexOf(letter.toLowerCase(Locale.ROOT));
        return i < 0 ? 1 : i + 1;
    }

    /** "IV" is 4; 0 when it is not a roman numeral. */
    static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (Character.toUpperCase(numeral.charAt(i))) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 0;
            };
            if (v == 0) {
                return 0;
            }
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    /** Whether a table's number cell is a roman numeral ("II") rather than a number. */
    static boolean isRoman(String cell) {
        return cell.strip().matches("[IVX]{1,5}\\.?");
    }
}
