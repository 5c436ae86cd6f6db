package vn.lienket.sms;

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
}
