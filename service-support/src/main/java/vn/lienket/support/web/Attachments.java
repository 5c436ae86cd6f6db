package vn.lienket.support.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition} for a download (RFC 6266): an ASCII {@code filename} every client
 * reads, without diacritics, and the name as it is, Vietnamese letters and all, in
 * {@code filename*} with RFC 5987's encoding for the clients that read it.
 */
public final class Attachments {

    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private Attachments() {
    }

    /** "12-KH-ĐHT-v1.pdf": {@code attachment; filename="12-KH-DHT-v1.pdf"; filename*=UTF-8''12-KH-%C4%90HT-v1.pdf}. */
    public static String disposition(String name) {
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    static String ascii(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return stripped.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "").replace("\\", "_");
    }

    static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHAR.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
