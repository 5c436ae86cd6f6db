package vn.lienket.notification.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.lienket.notification.directory.Unit;

/**
 * Several alerts for one unit and channel as one message, from the {@code digest} template: for
 * email the subjects and texts in turn (each item in HTML by {@code digest.item.html}), linking to
 * the console's "Việc cần làm"; for SMS their texts joined, with one link (theirs if they share it,
 * else "Việc cần làm"), in the unit's alphabet and within the segment budget.
 */
final class Digest {

    private final Template template;
    private final String itemHtml;
    private final ConsoleLinks links;
    private final int smsSegmentBudget;

    Digest(ConsoleLinks links, int smsSegmentBudget) {
        this.template = Template.load(AlertRules.DIGEST);
        this.itemHtml = Objects.requireNonNull(Template.read("digest.item.html"), "templates/digest.item.html");
        this.links = links;
        this.smsSegmentBudget = smsSegmentBudget;
    }

    Rendered of(Unit unit, List<Rendered> items) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("unitName", unit.name());
        values.put("count", String.valueOf(items.size()));
        values.put("link", links.page(Pages.HOME));
        values.put("items", items.stream().map(i -> "■ " + Objects.toString(i.subject(), "") + "\n\n" + bodyOf(i.text()))
                .collect(Collectors.joining("\n\n")));
        values.put("itemsHtml", items.stream().map(this::itemHtml).collect(Collectors.joining("\n")));
        Rendered email = template.render(values);
        Map<String, String> smsValues = new LinkedHashMap<>(values);
        smsValues.put("items", items.stream().map(i -> links.withoutShortLink(Objects.toString(i.sms(), "")))
                .collect(Collectors.joining(" | ")));
        String sms = template.render(smsValues).sms();
        return new Rendered(email.subject(), email.text(), email.html(),
                SmsText.of(sms, smsLink(items), unit.smsWithoutDiacritics(), smsSegmentBudget));
    }

    private String itemHtml(Rendered item) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("subject", Objects.toString(item.subject(), ""));
        values.put("body", bodyOf(item.text()));
        return Template.fill(itemHtml, values, true);
    }

    /** The items' own short link when they all have the same, else "Việc cần làm"'s. */
    private String smsLink(List<Rendered> items) {
        List<Optional<String>> theirs = items.stream().map(i -> links.shortLinkOf(Objects.toString(i.sms(), "")))
                .distinct().toList();
        return theirs.size() == 1 && theirs.get(0).isPresent() ? theirs.get(0).get() : links.shortLink(Pages.HOME);
    }

    /** An email's text without its salutation and signature, as a digest quotes it. */
    static String bodyOf(String text) {
        String body = text.replaceFirst("(?s)^Kính gửi[^\n]*\n+", "");
        int signature = body.lastIndexOf("\n\nTrân trọng,");
        return (signature < 0 ? body : body.substring(0, signature)).strip();
    }
}
