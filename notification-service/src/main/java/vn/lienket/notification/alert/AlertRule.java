package vn.lienket.notification.alert;

import java.util.List;
import java.util.Map;

import vn.lienket.contracts.IntegrationEvent;

/**
 * How one kind of event becomes alerts: the template that tells of it, who hears of it (each by
 * its channels, about the console page that concerns it) and the words that fill the template.
 * Each event type has one rule, registered in {@link AlertRules}; an event no rule takes tells
 * nobody.
 *
 * @param <E> the event type the rule is for
 */
interface AlertRule<E extends IntegrationEvent> {

    /** The event type this rule is for. */
    Class<E> eventType();

    /** The template's name: its files are {@code templates/<name>.email.txt}, {@code .email.html}, {@code .sms.txt}. */
    String template();

    /** Who hears of the event, in order; empty when nobody is to be told (or nobody is in the directory). */
    List<Addressee> addressees(E event, Recipients recipients);

    /**
     * The words of the event, the same for every addressee; the composer adds each one's
     * {@code unitName} and {@code link}.
     */
    Map<String, String> values(E event, Recipients recipients);
}
