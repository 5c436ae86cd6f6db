package vn.lienket.notification.alert;

import java.text.Normalizer;

import vn.lienket.sms.SmsEncoding;
import vn.lienket.sms.SmsSegmenter;
import vn.lienket.text.VietnameseText;

/**
 * An alert's SMS as its unit gets it: in the unit's alphabet, then its link after a space, within
 * the segment budget so that one alert never becomes a burst of SMS. When it does not fit, the
 * text before the link is shortened, after a whole word where one fits (marked "…", or "..." in
 * GSM-7); the link is never cut.
 */
final class SmsText {

    private SmsText() {
    }

    static String of(String text, String link, boolean withoutDiacritics, int budget) {
        String body = Normalizer.normalize(withoutDiacritics ? VietnameseText.withoutDiacritics(text) : text,
                Normalizer.Form.NFC).strip();
        if (link == null) {
            return SmsSegmenter.fit(body, budget);
        }
        String whole = body + " " + link;
        if (SmsSegmenter.count(whole) <= budget) {
            return whole;
        }
        String ellipsis = SmsSegmenter.segment(body).encoding() == SmsEncoding.GSM7 ? "..." : "…";
        String shortened = shortened(body, ellipsis, link, budget, true);
        if (shortened == null) {
            shortened = shortened(body, ellipsis, link, budget, false);
        }
        return shortened == null ? link : shortened;
    }

    /** The longest start of the body that fits with the link, cut after a whole word ({@code atWord}) or anywhere. */
    private static String shortened(String body, String ellipsis, String link, int budget, boolean atWord) {
        for (int end = body.length(); end > 0; ) {
            end = body.offsetByCodePoints(end, -1);
            if (atWord && !Character.isWhitespace(body.charAt(end))) {
                continue;
            }
            String candidate = body.substring(0, end).stripTrailing() + ellipsis + " " + link;
            if (SmsSegmenter.count(candidate) <= budget) {
                return candidate;
            }
        }
        return null;
    }
}
