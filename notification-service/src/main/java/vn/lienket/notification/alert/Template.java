package vn.lienket.notification.alert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A message template kept as a file under {@code templates/}: {@code {name}} placeholders, and for
 * email a first line {@code Subject: …}.
 */
record Template(String subject, String body) {

    static Template load(String name) {
        try (InputStream in = Template.class.getClassLoader().getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No template " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (text.startsWith("Subject:")) {
                int end = text.indexOf('\n');
                return new Template(text.substring("Subject:".length(), end).strip(), text.substring(end + 1));
            }
            return new Template(null, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String subject(Map<String, String> values) {
        return subject == null ? null : fill(subject, values);
    }

    String body(Map<String, String> values) {
        return fill(body, values);
    }

    private static String fill(String text, Map<String, String> values) {
        String result = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
        }
        return result;
    }
}
