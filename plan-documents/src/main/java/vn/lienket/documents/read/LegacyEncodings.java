package vn.lienket.documents.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The 8-bit encodings Vietnamese was typed in before Unicode, converted to Unicode (NFC).
 * <p>
 * TCVN3 (the "ABC" fonts .VnTime/.VnTimeH) is one byte a letter, lower case only: capitals come
 * from the H font, which draws the same bytes as capitals, so a line or word typed all in capitals
 * is turned to capitals here. The table is TCVN 5712:1993, the standard TCVN3 implements (as
 * glibc's iconv has it).
 * <p>
 * VNI Windows writes a vowel as its ASCII letter followed by one byte for its marks (a shape,
 * a tone or both: "e" + 0xE1 is "ế"), plus whole bytes for đ, ơ, ư and a few i/y forms.
 */
final class LegacyEncodings {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** TCVN 5712 bytes 0x80..0xFF; 0xB0..0xB4 are combining marks. */
    private static final String TCVN3_HIGH = ""
            + "\u00C0\u1EA2\u00C3\u00C1\u1EA0\u1EB6\u1EAC\u00C8\u1EBA\u1EBC\u00C9\u1EB8\u1EC6\u00CC\u1EC8\u0128"
            + "\u00CD\u1ECA\u00D2\u1ECE\u00D5\u00D3\u1ECC\u1ED8\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\u00D9\u1EE6\u0168"
            + "\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0"
            + "\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4"
            + "\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD"
            + "\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2"
            + "\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9"
            + "\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0";

    /** VNI bytes that are whole letters. */
    private static final String VNI_LETTER_BYTES = "\u00D1\u00F1\u00D4\u00F4\u00D6\u00F6\u00CC\u00EC\u00CD\u00ED"
            + "\u00D3\u00F3\u00C6\u00E6\u00D2\u00F2\u00CE\u00EE";
    private static final String VNI_LETTERS = "\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u00CC\u00EC\u00CD\u00ED"
            + "\u0128\u0129\u1EC8\u1EC9\u1ECA\u1ECB\u1EF4\u1EF5";

    private LegacyEncodings() {
    }

    enum Legacy {
        TCVN3("TCVN3"), VNI("VNI");

        final String label;

        Legacy(String label) {
            this.label = label;
        }

        String decode(byte[] bytes) {
            return this == TCVN3 ? tcvn3(bytes) : vni(bytes);
        }
    }

    static String tcvn3(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            text.append(unsigned < 0x80 ? (char) unsigned : TCVN3_HIGH.charAt(unsigned - 0x80));
        }
        return capitalsFromTheHFont(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    static String vni(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        char previous = 0;
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            char c = (char) unsigned;
            if (unsigned >= 0x80) {
                c = new String(new byte[] {b}, WINDOWS_1252).charAt(0);
                int letter = VNI_LETTER_BYTES.indexOf((char) unsigned);
                String marks = vniMarks(unsigned);
                if (letter >= 0) {
                    c = VNI_LETTERS.charAt(letter);
                } else if (marks != null && "aeiouyAEIOUY\u01A0\u01A1\u01AF\u01B0".indexOf(previous) >= 0) {
                    text.append(marks);
                    previous = 0;
                    continue;
                }
            }
            text.append(c);
            previous = c;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The combining marks a VNI byte after a vowel stands for; capitals' bytes are 0x20 lower. */
    private static String vniMarks(int b) {
        int lower = b >= 0xC0 && b < 0xE0 ? b + 0x20 : b;
        return switch (lower) {
            case 0xF9 -> "\u0301";
            case 0xF8 -> "\u0300";
            case 0xFB -> "\u0309";
            case 0xF5 -> "\u0303";
            case 0xEF -> "\u0323";
            case 0xE2 -> "\u0302";
            case 0xEA -> "\u0306";
            case 0xE1 -> "\u0302\u0301";
            case 0xE0 -> "\u0302\u0300";
            case 0xE5 -> "\u0302\u0309";
            case 0xE3 -> "\u0302\u0303";
            case 0xE4 -> "\u0302\u0323";
            case 0xE9 -> "\u0306\u0301";
            case 0xE8 -> "\u0306\u0300";
            case 0xFA -> "\u0306\u0309";
            case 0xFC -> "\u0306\u0303";
            case 0xEB -> "\u0306\u0323";
            default -> null;
        };
    }

    /** A line, or a word of two letters or more, whose ASCII letters are all capitals was set in the H font. */
    private static String capitalsFromTheHFont(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (String line : text.split("(?<=\n)")) {
            if (allCapitals(line, 3)) {
                result.append(line.toUpperCase(Locale.ROOT));
                continue;
            }
            for (String word : line.split("(?<=\\s)|(?=\\s)")) {
                result.append(allCapitals(word, 2) ? word.toUpperCase(Locale.ROOT) : word);
            }
        }
        return result.toString();
    }

    private static boolean allCapitals(String text, int minimum) {
        long ascii = text.chars().filter(c -> c < 0x80 && Character.isLetter(c)).count();
        return ascii >= minimum && text.chars().filter(c -> c < 0x80 && Character.isLetter(c))
                .allMatch(Character::isUpperCase);
    }

    /**
     * The bytes a text had before it was wrongly read as windows-1252 (or as Latin-1, which is how
     * 0x81, 0x8D, 0x8F, 0x90 and 0x9D come back); null when it has characters neither could give.
     */
    static byte[] asWindows1252(String text) {
        CharsetEncoder encoder = WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || c >= 0x80 && c < 0xA0 && "\u0081\u008D\u008F\u0090\u009D".indexOf(c) >= 0) {
                bytes.put((byte) c);
                continue;
            }
            try {
                bytes.put(encoder.encode(CharBuffer.wrap(new char[] {c})).get());
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        return bytes.array();
    }
}
