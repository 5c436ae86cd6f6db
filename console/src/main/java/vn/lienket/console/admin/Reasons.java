package vn.lienket.console.admin;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * The services' reasons for refusing an admin form, in Vietnamese: each known sentence of the
 * programme, succession and identity rules is matched, and its authority ids and ISO dates are
 * told as names and dd/MM/yyyy. A sentence not known here is left as the service wrote it.
 */
final class Reasons {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A sentence of the services and the key of its Vietnamese words ({0}, {1}… its parts). */
    private record Rule(Pattern sentence, String key) {
    }

    private static final List<Rule> RULES = List.of(
            rule("(\\S+?),? (?:the .*?, )?is required(?:[:;].*)?", "reason.required"),
            rule("(\\S+?), the (?:first day|act) .*", "reason.required"),
            rule("a sector is a lower-case word such as tourism, not (.*)", "reason.sector"),
            rule("a programme has at least one sector.*", "reason.sectors-empty"),
            rule("(\\S+) leads the programme; it cannot also be a member", "reason.lead-member"),
            rule("(\\S+) is listed twice", "reason.twice"),
            rule("the period ends on (\\S+), before it starts on (\\S+)", "reason.period"),
            rule("No authority (\\S+) in the register.*", "reason.no-authority"),
            rule("(\\S+) is not an authority on (\\S+?)\\.?(?: .*)?", "reason.not-on"),
            rule("A programme (\\S+) exists already", "reason.programme-exists"),
            rule("(\\S+) is already a member of (\\S+)", "reason.already-member"),
            rule("(\\S+) is not a member of (\\S+)", "reason.not-member"),
            rule("(\\S+) was a member until (\\S+?)[;,.].*", "reason.was-member"),
            rule("it joined on (\\S+); it can leave from a later day, not (\\S+)", "reason.leave-before-join"),
            rule("(\\S+) is outside the programme's period (\\S+) – (\\S*)", "reason.outside-period"),
            rule("Programme (\\S+) is archived: read-only", "reason.archived"),
            rule("a succession has at least one predecessor", "reason.no-predecessor"),
            rule("(\\S+) cannot succeed itself.*", "reason.succeed-itself"),
            rule("(\\S+) was succeeded already, by (\\S+?)[ ,.].*", "reason.succeeded-already"),
            rule("(\\S+) was itself succeeded by (\\S+) from (\\S+?)[;,. ].*", "reason.successor-merged"),
            rule("(\\S+) is before (\\S+) began, on (\\S+?)\\.?(?: .*)?", "reason.before-start"),
            rule("A succession (\\S+) is recorded already", "reason.succession-exists"),
            rule("a predecessor is an authority id|a member is an authority id", "reason.authority-id"),
            rule("an administrative code is two or three digits, not (.*)", "reason.code"),
            rule("an? (name|seat), when given, is not blank", "reason.blank"),
            rule("(\\S+) is already registered \\(as a client or a person\\)", "reason.taken"),
            rule("\\S+ must be 2 to 64 lower-case letters, digits, '\\.', '-' or '_'", "reason.id-format"),
            rule("(\\S+) is reserved", "reason.reserved"),
            rule("unknown role (\\S+?);.*", "reason.unknown-role"),
            rule("tenant must be an authority id.*", "reason.tenant-format"),
            rule("(\\S+) is disabled; a disabled client's secret is not rotated", "reason.client-disabled"),
            rule("It changed since .*; read it again and reapply the change", "reason.changed-since"),
            rule("A change needs If-Match.*", "reason.if-match-required"));

    private Reasons() {
    }

    private static Rule rule(String sentence, String key) {
        return new Rule(Pattern.compile(sentence, Pattern.DOTALL), key);
    }

    /**
     * The reason in Vietnamese, or null when it is not one of the known sentences.
     *
     * @param name an authority's name from its id (ids that are not authorities come back as they are)
     * @param date an ISO date as dd/MM/yyyy
     */
    static String vietnamese(String reason, MessageSource messages, Function<String, String> name,
                             Function<String, String> date) {
        if (reason == null) {
            return null;
        }
        String sentence = reason.strip();
        for (Rule rule : RULES) {
            Matcher matcher = rule.sentence().matcher(sentence);
            if (matcher.matches()) {
                Object[] parts = new Object[matcher.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    String part = matcher.group(i + 1) == null ? "" : matcher.group(i + 1);
                    parts[i] = ISO_DATE.matcher(part).matches() ? date.apply(part) : name.apply(part);
                }
                return messages.getMessage(rule.key(), parts, null, VI);
            }
        }
        return null;
    }
}
