package vn.lienket.notification.alert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.contracts.MemberProgressMissing;
import vn.lienket.contracts.MemberRevisionOverdue;
import vn.lienket.contracts.MemberRevisionReminder;

/**
 * One kind of message, kept as files under {@code templates/}: {@code <name>.email.txt} (a first
 * line {@code Subject: …}, then the text), {@code <name>.email.html} and {@code <name>.sms.txt}.
 * Placeholders are {@code {name}}; in HTML their values are escaped and their line breaks kept,
 * except for names ending in {@code Html}, which are HTML already.
 */
record Template(String name, String subject, String text, String html, String sms) {

    /** Every template, by name; the README lists them. */
    static final List<String> NAMES = List.of("plan-received", "revision-required", "reminder", "overdue", "revised", "progress-missing",
            "plan-taken-over", "digest");

    /** The template that tells of an event. */
    static String nameFor(IntegrationEvent event) {
        if (event instanceof DerivedPlanCreated) {
            return "plan-received";
        }
        if (event instanceof DerivedPlanRevisionRequired) {
            return "revision-required";
        }
        if (event instanceof MemberRevisionReminder) {
            return "reminder";
        }
        if (event instanceof MemberRevisionOverdue) {
            return "overdue";
        }
        if (event instanceof DerivedPlanRevised) {
            return "revised";
        }
        if (event instanceof MemberProgressMissing) {
            return "progress-missing";
        }
        if (event instanceof DerivedPlanTakenOver) {
            return "plan-taken-over";
        }
        throw new IllegalArgumentException("No template for " + event.type());
    }

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

    private static String read(String file) {
        try (InputStream in = Template.class.getClassLoader().getResourceAsStream("templates/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(String template, Map<String, String> values, boolean html) {
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
