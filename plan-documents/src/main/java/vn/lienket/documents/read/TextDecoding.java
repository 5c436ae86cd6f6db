package vn.lienket.documents.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.lienket.documents.DocumentRefused;
import vn.lienket.documents.DocumentRefused.Reason;
import vn.lienket.documents.read.LegacyEncodings.Legacy;

/**
 * A text file's bytes as Unicode, and the name of the encoding they came in. UTF-16 only with its
 * byte-order mark; otherwise UTF-8 when the bytes are valid UTF-8, else whichever of windows-1258,
 * TCVN3 and VNI reads as Vietnamese. Valid UTF-8 that reads as TCVN3 or VNI seen through
 * windows-1252 ("KÕ ho¹ch", "Keá hoaïch": a legacy file someone opened and saved again) is taken
 * back to its bytes and converted.
 */
final class TextDecoding {

    record Decoded(String text, String encoding) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] content, String fileName) {
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(content, 2, StandardCharsets.UTF_16BE, fileName), "UTF-16");
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(content, 2, StandardCharsets.UTF_16LE, fileName), "UTF-16");
        }
        refuseIfBinary(content, fileName);
        boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
        String utf8 = utf8(content, bom ? 3 : 0);
        if (utf8 != null) {
            return mojibakeOrAsIs(utf8, fileName);
        }
        return eightBit(content, fileName);
    }

    private static Decoded mojibakeOrAsIs(String text, String fileName) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return misreadLegacy(nfc, fileName)
                .map(candidate -> new Decoded(candidate.text, candidate.encoding))
                .orElseGet(() -> new Decoded(nfc, "UTF-8"));
    }

    /**
     * The legacy encoding a Unicode text really is, seen through windows-1252, when reading it so
     * makes clearly more sense than reading it as it is; refused when it is recognisably legacy
     * text that no conversion makes sense of.
     */
    static Optional<Candidate> misreadLegacy(String nfc, String fileName) {
        VietnameseWords.Score asIs = VietnameseWords.score(nfc);
        if (asIs.bad() == 0) {
            return Optional.empty();
        }
        byte[] original = LegacyEncodings.asWindows1252(nfc);
        if (original == null) {
            return Optional.empty();
        }
        Candidate best = best(candidates(original, false));
        if (best.score.clean() && best.score.betterThan(asIs) && best.score.good() > asIs.good()) {
            return Optional.of(best);
        }
        if (!asIs.clean() && best.score.good() > asIs.good()) {
            throw unconvertible(fileName, best);
        }
        return Optional.empty();
    }

    private static Decoded eightBit(byte[] content, String fileName) {
        Candidate best = best(candidates(content, true));
        if (!best.score.clean()) {
            throw unconvertible(fileName, best);
        }
        return new Decoded(best.text, best.encoding);
    }

    /** One reading of the bytes; {@code legacy} is null for windows-1258, which Java decodes itself. */
    record Candidate(String encoding, Legacy legacy, String text, VietnameseWords.Score score) {
    }

    private static List<Candidate> candidates(byte[] bytes, boolean withWindows1258) {
        List<Candidate> candidates = new ArrayList<>();
        if (withWindows1258) {
            String text = Normalizer.normalize(new String(bytes, LegacyEncodings.WINDOWS_1258), Normalizer.Form.NFC);
            candidates.add(new Candidate("windows-1258", null, text, VietnameseWords.score(text)));
        }
        for (Legacy legacy : Legacy.values()) {
            String text = legacy.decode(bytes);
            candidates.add(new Candidate(legacy.label, legacy, text, VietnameseWords.score(text)));
        }
        return candidates;
    }

    private static Candidate best(List<Candidate> candidates) {
        Candidate best = candidates.get(0);
        for (Candidate candidate : candidates) {
            if (candidate.score.betterThan(best.score)) {
                best = candidate;
            }
        }
        return best;
    }

    private static DocumentRefused unconvertible(String fileName, Candidate best) {
        if (best.score.good() == 0) {
            return new DocumentRefused(Reason.LEGACY_ENCODING, fileName + " is not in Unicode and not in a "
                    + "Vietnamese encoding this import recognises (windows-1258, TCVN3, VNI); save it as UTF-8 "
                    + "and upload it again.");
        }
        return new DocumentRefused(Reason.LEGACY_ENCODING, fileName + " looks like " + best.encoding
                + " text, but " + best.score.bad() + " of its " + (best.score.good() + best.score.bad())
                + " Vietnamese words still make no sense after converting it; convert it to Unicode (UTF-8) "
                + "with a converter such as Unikey and upload it again.");
    }

    /**
     * NULs, or control bytes other than tab, line and page breaks (and the vertical tab Word writes
     * for a line break in text it exports): an executable, an image, an archive.
     */
    private static void refuseIfBinary(byte[] content, String fileName) {
        int controls = 0;
        for (byte b : content) {
            int unsigned = b & 0xFF;
            if (unsigned == 0) {
                controls = content.length;
                break;
            }
            if (unsigned < 0x20 && unsigned != '\t' && unsigned != '\n' && unsigned != '\r' && unsigned != '\f'
                    && unsigned != 0x0B && unsigned != 0x1A || unsigned == 0x7F) {
                controls++;
            }
        }
        if (content.length == 0 || controls > content.length / 200) {
            throw new DocumentRefused(Reason.UNSUPPORTED_FORMAT, fileName + " is not a document this import "
                    + "reads: it is neither a Word .docx, a PDF nor text (.txt, .md), whatever its name says.");
        }
    }

    private static String utf8(byte[] content, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String strict(byte[] content, int offset, java.nio.charset.Charset charset, String fileName) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentRefused(Reason.MALFORMED, fileName + " says it is UTF-16 but its text is cut or "
                    + "damaged.");
        }
    }
}
