package vn.lienket.documents.match;

/**
 * What one document activity was matched to: {@code masterCode} null when nothing was ({@code by}
 * NONE: propose it as a local activity). {@code by} CODE when the codes agree and the titles do not
 * contradict it, TITLE when the titles match though the codes differ. {@code similarity}, 0 to 1,
 * is the titles' (after abbreviations such as "TP.HCM" and "ĐBSCL" are expanded and diacritics,
 * case and words like "Phối hợp tổ chức" are set aside).
 */
public record Match(String documentCode, String masterCode, By by, double similarity) {

    public enum By {
        CODE, TITLE, NONE
    }
}
