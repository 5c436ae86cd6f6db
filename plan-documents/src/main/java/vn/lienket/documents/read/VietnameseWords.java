package vn.lienket.documents.read;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How Vietnamese a text reads, word by word, which is how an 8-bit text's encoding is told: the
 * same bytes read as the wrong encoding give words no Vietnamese syllable can be (two tones, a
 * breve on an o, a "¹" inside a word). Only words with a letter beyond ASCII count; English and
 * numbers say nothing either way.
 */
final class VietnameseWords {

    /** Words that read as Vietnamese syllables, and words with non-ASCII characters that cannot. */
    record Score(int good, int bad) {

        boolean betterThan(Score other) {
            int margin = good - bad;
            int otherMargin = other.good - other.bad;
            return margin > otherMargin || margin == otherMargin && bad < other.bad;
        }

        /** A few odd words (a name, a symbol) are tolerated; more than one in ten is garbage. */
        boolean clean() {
            return bad <= Math.max(2, (good + bad) / 10);
        }
    }

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\p{Punct}]+");
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnpt])?");
    private static final String EDGE_PUNCTUATION = "“”‘’„‚…–—•·«»";

    private VietnameseWords() {
    }

    static Score score(String text) {
        int good = 0;
        int bad = 0;
        for (String token : WORD_SEPARATORS.split(text)) {
            if (token.chars().allMatch(c -> c < 0x80)) {
                continue;
            }
            String word = strip(token);
            if (word.isEmpty()) {
                continue;
            }
            if (isSyllable(word)) {
                good++;
            } else {
                bad++;
            }
        }
        return new Score(good, bad);
    }

    private static String strip(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && EDGE_PUNCTUATION.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE_PUNCTUATION.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }

    static boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        int tones = 0;
        char previous = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> {
                    if ("aeiouy".indexOf(previous) < 0) {
                        return false;
                    }
                    tones++;
                }
                case '\u0302' -> {
                    if ("aeo".indexOf(previous) < 0) {
                        return false;
                    }
                }
                case '\u0306' -> {
                    if (previous != 'a') {
                        return false;
                    }
                }
                case '\u031B' -> {
                    if (previous != 'o' && previous != 'u') {
                        return false;
                    }
                }
                case '\u0111' -> {
                    base.append('d');
                    previous = 'd';
                }
                default -> {
                    if (c < 'a' || c > 'z') {
                        return false;
                    }
                    base.append(c);
                    previous = c;
                }
            }
        }
        return tones <= 1 && SYLLABLE.matcher(base).matches();
    }
}
