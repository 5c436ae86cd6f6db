package vn.lienket.sms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into SMS segments. Text is NFC-normalised first, so "ộ" counts as one UCS-2
 * character whatever form it arrived in; GSM-7 is used when every character allows it.
 * Parts never split an extension character's escape pair or a surrogate pair.
 */
public final class SmsSegmenter {

    private SmsSegmenter() {
    }

    public static SegmentedSms segment(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        SmsEncoding encoding = Gsm7.canEncode(nfc) ? SmsEncoding.GSM7 : SmsEncoding.UCS2;
        if (units(nfc, encoding) <= encoding.single()) {
            return new SegmentedSms(encoding, List.of(nfc));
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int used = 0;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int cost = units(ch, encoding);
            if (used + cost > encoding.perPart()) {
                parts.add(part.toString());
                part.setLength(0);
                used = 0;
            }
            part.append(ch);
            used += cost;
            i += ch.length();
        }
        parts.add(part.toString());
        return new SegmentedSms(encoding, parts);
    }

    /**
     * The text, shortened if need be to fit {@code maxSegments}: cut at a character boundary and
     * marked with an ellipsis in the text's own alphabet ("…" in UCS-2, "..." in GSM-7, so a
     * text without diacritics stays GSM-7).
     */
    public static String fit(String text, int maxSegments) {
        if (maxSegments < 1) {
            throw new IllegalArgumentException("An SMS has at least one segment");
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (count(nfc) <= maxSegments) {
            return nfc;
        }
        String ellipsis = Gsm7.canEncode(nfc) ? "..." : "…";
        int end = nfc.length();
        String fitted;
        do {
            end = nfc.offsetByCodePoints(end, -1);
            fitted = nfc.substring(0, end).stripTrailing() + ellipsis;
        } while (end > 0 && count(fitted) > maxSegments);
        return fitted;
    }

    /** How many segments the text needs. */
    public static int count(String text) {
        return segment(text).segments();
    }

    private static int units(String text, SmsEncoding encoding) {
        if (encoding == SmsEncoding.UCS2) {
            return text.length();
        }
        int septets = 0;
        for (char c : text.toCharArray()) {
            septets += Gsm7.septets(c);
        }
        return septets;
    }
}
