package vn.lienket.notification.alert;

/** A template filled for one recipient: the email's subject, text and HTML, and the SMS text (before its unit's alphabet and budget). */
public record Rendered(String subject, String text, String html, String sms) {
}
