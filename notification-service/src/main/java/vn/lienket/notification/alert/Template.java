package vn.lienket.notification.alert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;


/**
 * One kind of message, kept as files under {@code templates/}: {@code <name>.email.txt} (a first
 * line {@code Subject: …}, then the text), {@code <name>.email.html} and {@code <name>.sms.txt}.
 * Placeholders are {@code {name}}; in HTML their values are escaped and their line breaks kept,
 * except for names ending in {@code Html}, which are HTML already. Which event a template tells of
 * is its {@link AlertRule}'s to say.
 */
record Template(String name, String subject, String text, String html, String sms) {

    static Template load(String name) {
        String email = read(name + ".email.txt");
        if (email == null || !email.startsWith("Subject:")) {
            throw new IllegalStateException("templates/" + name + ".email.txt must start with a Subject: line");
        }
        int end = email.indexOf('\n');
        return new Template(name, email.substring("Subject:".length(), end).strip(), email.substring(end + 1),
                read(name + ".email.html"), read(name + ".sms.txt"));
    }

    Rendered render(Map<String, String> values) {
        String filledSubject = fill(subject, values, false);
        Map<String, String> withSubject = new LinkedHashMap<>(values);
        withSubject.put("subject", filledSubject);
        return new Rendered(filledSubject, fill(text, values, false), html == null ? null : fill(html, withSubject, true),
                sms == null ? null : fill(sms, values, false));
    }

    /** A file under {@code templates/}, stripped; null if there is none. */
    static String read(String file) {
        try (InputStream in = Template.class.getClassLoader().getResourceAsStream("templates/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The placeholders filled; in HTML ({@code html}) the values escaped but for names ending in {@code Html}. */
    static String fill(String template, Map<String, String> values, boolean html) {
        String result = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            String text = value.getValue() == null ? "" : value.getValue();
            if (html && !value.getKey().endsWith("Html")) {
                text = escape(text).replace("\n", "<br>\n");
            }
            result = result.replace("{" + value.getKey() + "}", text);
        }
        return result;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
