package vn.lienket.documents.parse;

import java.util.Locale;

import vn.lienket.text.VietnameseText;

/**
 * The two tolerances of reading Vietnamese that lost its marks or was misread: text folded to
 * {@link VietnameseText}'s letters without changing its length (so that a match found in the folded
 * text points at the same characters of the original), and the edit distance of two words.
 * Shared by the parser's labels and the matcher's titles.
 */
public final class Fuzzy {

    private Fuzzy() {
    }

    /** Lower case without diacritics, one character for one: "Thời gian" becomes "thoi gian". */
    public static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded[i] = c < FOLDED.length ? FOLDED[c] : Character.toLowerCase(c);
        }
        return new String(folded);
    }

    /** Each character up to the end of Latin Extended Additional (where Vietnamese's letters are), folded once. */
    private static final char[] FOLDED = new char[0x1F00];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            String f = VietnameseText.withoutDiacritics(String.valueOf(c)).toLowerCase(Locale.ROOT);
            FOLDED[c] = f.length() == 1 ? f.charAt(0) : Character.toLowerCase(c);
        }
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    public static int distance(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }

    /** The edits a label of this many letters tolerates: one in about five. */
    public static int tolerance(int letters) {
        return letters < 3 ? 0 : Math.max(1, letters / 5);
    }
}
