package vn.lienket.sms;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 default alphabet and its extension table, as unpacked septets (one byte each),
 * which is how SMPP carries data_coding 0.
 */
public final class Gsm7 {

    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";
    private static final byte[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};
    private static final int ESCAPE = 0x1B;

    private Gsm7() {
    }

    /** Whether every character of the text is in the GSM-7 alphabet or its extension. */
    public static boolean canEncode(CharSequence text) {
        return text.chars().allMatch(c -> isBasic(c) || EXTENSION_CHARS.indexOf(c) >= 0);
    }

    /** Septets a character takes: 1, or 2 for an extension character. */
    public static int septets(char c) {
        return isBasic(c) ? 1 : 2;
    }

    public static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (char c : text.toCharArray()) {
            int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
            if (basic >= 0) {
                out.write(basic);
                continue;
            }
            int ext = EXTENSION_CHARS.indexOf(c);
            if (ext < 0) {
                throw new IllegalArgumentException("Not in the GSM-7 alphabet: U+" + Integer.toHexString(c));
            }
            out.write(ESCAPE);
            out.write(EXTENSION_CODES[ext]);
        }
        return out.toByteArray();
    }

    public static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int code = septets[i] & 0x7F;
            if (code == ESCAPE && i + 1 < septets.length) {
                int next = septets[++i] & 0x7F;
                int ext = indexOf(EXTENSION_CODES, next);
                text.append(ext >= 0 ? EXTENSION_CHARS.charAt(ext) : ' ');
            } else {
                text.append(BASIC.charAt(code));
            }
        }
        return text.toString();
    }

    private static boolean isBasic(int c) {
        return c != ESCAPE && BASIC.indexOf(c) >= 0;
    }

    private static int indexOf(byte[] codes, int code) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == code) {
                return i;
            }
        }
        return -1;
    }
}
