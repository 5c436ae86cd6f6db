package vn.lienket.notification.alert;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import vn.lienket.contracts.IntegrationEvent;

/**
 * Every alert rule, one an event type, in the order the README lists the templates; the digest's
 * template is the composer's own (several alerts to one unit as one message).
 */
final class AlertRules {

    static final List<AlertRule<?>> ALL = List.of(new PlanReceivedRule(), new RevisionRequiredRule(), new ReminderRule(),
            new OverdueRule(), new RevisedRule(), new ProgressMissingRule(), new PlanTakenOverRule());

    static final String DIGEST = "digest";

    /** Every template, by name: each rule's, then the digest's. */
    static final List<String> TEMPLATES = Stream.concat(ALL.stream().map(AlertRule::template), Stream.of(DIGEST)).toList();

    private AlertRules() {
    }

    /** The rule for an event, if any tells of it. */
    static Optional<AlertRule<?>> of(IntegrationEvent event) {
        return ALL.stream().filter(rule -> rule.eventType().isInstance(event)).findFirst();
    }

    /** The rule that fills a template. */
    static Optional<AlertRule<?>> named(String template) {
        return ALL.stream().filter(rule -> rule.template().equals(template)).findFirst();
    }
}
