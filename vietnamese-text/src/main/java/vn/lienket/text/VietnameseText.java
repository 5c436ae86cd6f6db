package vn.lienket.text;

import java.text.Normalizer;

/** Vietnamese without diacritics, for units that want GSM-7 SMS or for search keys. */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** "Hạn điều chỉnh" → "Han dieu chinh"; đ/Đ are letters of their own, not marked d's, so they are mapped. */
    public static String withoutDiacritics(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replace('đ', 'd').replace('Đ', 'D');
    }

    /** What text is compared by in a search: words without diacritics, in lower case, one space apart. */
    public static String searchKey(String text) {
        return text == null ? "" : withoutDiacritics(text).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Whether the words typed start words of the text, in order: "hoi nghi" finds "Hội nghị", not "khởi nghiệp". */
    public static boolean matches(String text, String typed) {
        return (" " + searchKey(text)).contains(" " + searchKey(typed));
    }
}
