package vn.lienket.province.documents;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} for a download: an ASCII {@code filename} every client reads, and
 * the Vietnamese name as {@code filename*} (RFC 6266 with RFC 5987's encoding) for those that can.
 */
final class Attachments {

    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private Attachments() {
    }

    static String disposition(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName.replace("\"", "") + "\"; filename*=UTF-8''" + encoded(name);
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
