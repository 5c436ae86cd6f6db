package vn.lienket.notification.alert;

import vn.lienket.sms.SegmentedSms;
import vn.lienket.sms.SmsSegmenter;

/**
 * A template rendered for a sample event: the email's subject, text and HTML, and the SMS as a
 * unit gets it with diacritics (UCS-2) and without them (GSM-7), each with its segment count.
 */
public record Preview(String template, String subject, String text, String html, Sms sms, Sms smsWithoutDiacritics,
                      int smsSegmentBudget) {

    public record Sms(String text, String encoding, int segments) {

        static Sms of(String text) {
            SegmentedSms segmented = SmsSegmenter.segment(text);
            return new Sms(segmented.text(), segmented.encoding().name(), segmented.segments());
        }
    }

    static Preview of(String template, Rendered rendered, String smsWithoutDiacritics, int budget) {
        return new Preview(template, rendered.subject(), rendered.text(), rendered.html(),
                rendered.sms() == null ? null : Sms.of(rendered.sms()),
                smsWithoutDiacritics == null ? null : Sms.of(smsWithoutDiacritics), budget);
    }
}
