package vn.lienket.notification.alert;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.Unit;
import vn.lienket.notification.directory.UnitDirectory;

/**
 * Who hears of an event and in which words: the event's {@link AlertRule} (one an event type, in
 * {@link AlertRules}) names the addressees and the words, and this fills the rule's template for
 * each addressee, linking to the console page the alert is about: in full in the email, by a
 * short link in the SMS. A unit hears by the channels it chose among the addressee's, each with
 * the other as its fallback.
 */
@Component
public class AlertComposer {

    private final Recipients recipients;
    private final UnitDirectory directory;
    private final ConsoleLinks links;
    private final int smsSegmentBudget;
    private final Map<String, Template> templates = new LinkedHashMap<>();
    private final Digest digest;

    @Autowired
    AlertComposer(Recipients recipients, UnitDirectory directory, ConsoleLinks links, AlertProperties properties) {
        this.recipients = recipients;
        this.directory = directory;
        this.links = links;
        this.smsSegmentBudget = properties.smsSegmentBudget();
        AlertRules.ALL.forEach(rule -> templates.put(rule.template(), Template.load(rule.template())));
        this.digest = new Digest(links, smsSegmentBudget);
    }

    /** Composes without the directory: for a rule's test, which names its recipients itself (no previews). */
    AlertComposer(Recipients recipients, ConsoleLinks links, int smsSegmentBudget) {
        this(recipients, null, links, new AlertProperties(null, smsSegmentBudget));
    }

    public List<Alert> compose(IntegrationEvent event) {
        return AlertRules.of(event).map(rule -> compose(rule, event)).orElse(List.of());
    }

    private <E extends IntegrationEvent> List<Alert> compose(AlertRule<E> rule, IntegrationEvent event) {
        E typed = rule.eventType().cast(event);
        List<Addressee> addressees = rule.addressees(typed, recipients);
        if (addressees.isEmpty()) {
            return List.of();
        }
        Map<String, String> values = rule.values(typed, recipients);
        return addressees.stream().flatMap(a -> toUnit(a, rule.template(), values).stream()).toList();
    }

    /** A template rendered for a sample event, as its recipient would get it; empty for an unknown name. */
    public Optional<Preview> preview(String name) {
        if (!AlertRules.TEMPLATES.contains(name)) {
            return Optional.empty();
        }
        String province = SampleEvents.recipientOf(name);
        Unit unit = directory.tourismUnitOf(province).orElse(SampleEvents.unit(province));
        Rendered rendered = sample(name, unit);
        Rendered plain = sample(name, unit.withSmsWithoutDiacritics());
        return Optional.of(Preview.of(name, rendered, plain.sms(), smsSegmentBudget));
    }

    private Rendered sample(String name, Unit unit) {
        if (name.equals(AlertRules.DIGEST)) {
            return digest(unit, SampleEvents.all().stream().limit(2).map(e -> sample(unit, e)).toList());
        }
        return sample(unit, SampleEvents.of(name));
    }

    /** The event's alert as this unit gets it, about the page the rule's first addressee would get. */
    private Rendered sample(Unit unit, IntegrationEvent event) {
        return sample(AlertRules.of(event).orElseThrow(), unit, event);
    }

    private <E extends IntegrationEvent> Rendered sample(AlertRule<E> rule, Unit unit, IntegrationEvent event) {
        E typed = rule.eventType().cast(event);
        Recipients toThisUnit = new PreviewRecipients(recipients, unit);
        String page = rule.addressees(typed, toThisUnit).stream().map(Addressee::page).findFirst().orElse(Pages.HOME);
        return render(new Addressee(unit, EnumSet.allOf(Channel.class), false, page), rule.template(),
                rule.values(typed, toThisUnit));
    }

    /** Several alerts for one unit and channel as one message (see {@link Digest}). */
    public Rendered digest(Unit unit, List<Rendered> items) {
        return digest.of(unit, items);
    }

    /**
     * The alerts to the addressee by the channels it wants among its own, each with the other
     * channel's rendering as its fallback where the unit can be reached that way.
     */
    private List<Alert> toUnit(Addressee to, String template, Map<String, String> values) {
        Unit unit = to.unit();
        Rendered rendered = render(to, template, values);
        Fallback byEmail = unit.email() == null ? null
                : new Fallback(Channel.EMAIL, unit.email(), rendered.subject(), rendered.text(), rendered.html());
        Fallback bySms = unit.mobile() == null || rendered.sms() == null ? null
                : new Fallback(Channel.SMS, unit.mobile(), null, rendered.sms(), null);
        List<Alert> alerts = new ArrayList<>();
        if (to.by(Channel.EMAIL) && byEmail != null) {
            alerts.add(new Alert(unit, Channel.EMAIL, byEmail.recipient(), byEmail.subject(), byEmail.text(),
                    byEmail.html(), to.urgent(), bySms));
        }
        if (to.by(Channel.SMS) && bySms != null) {
            alerts.add(new Alert(unit, Channel.SMS, bySms.recipient(), null, bySms.text(), null, to.urgent(), byEmail));
        }
        return alerts;
    }

    /** The template filled for the addressee: its name, the page's URL, and its SMS with the page's short link. */
    private Rendered render(Addressee to, String template, Map<String, String> values) {
        Map<String, String> forUnit = new LinkedHashMap<>(values);
        forUnit.put("unitName", to.unit().name());
        forUnit.put("link", links.page(to.page()));
        Rendered rendered = templates.get(template).render(forUnit);
        // a unit with no mobile gets no SMS, not even as a fallback: no short link is stored for it
        String sms = rendered.sms() == null || to.unit().mobile() == null ? null : SmsText.of(rendered.sms(),
                links.shortLink(to.page()), to.unit().smsWithoutDiacritics(), smsSegmentBudget);
        return new Rendered(rendered.subject(), rendered.text(), rendered.html(), sms);
    }
}
