package vn.lienket.documents.read;

import java.util.Locale;

/** A list counter written as Word writes it for a level's numFmt: 3, c, C, iii, III, 03. */
final class NumberFormats {

    private NumberFormats() {
    }

    static String format(int value, String numFmt) {
        return switch (numFmt) {
            case "lowerLetter" -> letters(value).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(value);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "decimalZero" -> value < 10 ? "0" + value : Integer.toString(value);
            default -> Integer.toString(value);
        };
    }

    /** Word's letters: A..Z, then AA..ZZ, then AAA (the letter repeated, not base 26). */
    private static String letters(int value) {
        if (value <= 0) {
            return Integer.toString(value);
        }
        char letter = (char) ('A' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return Integer.toString(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(symbols[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }
}
