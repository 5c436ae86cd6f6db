package vn.lienket.console.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.lienket.console.api.ApiProblem;

/**
 * A refusal in plain words: a Vietnamese summary for its type, and for each field its name as the
 * form calls it with the reason. The service's own sentence stays available as the detail.
 */
@Component("problemWords")
public class ProblemWords {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private final MessageSource messages;

    ProblemWords(MessageSource messages) {
        this.messages = messages;
    }

    public String summary(ApiProblem problem) {
        String byType = messages.getMessage("problem." + problem.slug(), null, null, VI);
        return byType != null ? byType
                : messages.getMessage("problem.status-" + problem.status(), null, messages.getMessage("problem.any", null, VI), VI);
    }

    /** The field's name as the form shows it ({@code leadUnit} → "Đơn vị chủ trì"). */
    public String label(String field) {
        String unindexed = field.replaceAll("\\[\\d+]", "");
        String last = unindexed.replaceAll("^.*\\.", "");
        for (String key : new String[] {field, unindexed, last}) {
            String label = messages.getMessage("field." + key, null, null, VI);
            if (label != null) {
                return label;
            }
        }
        return field;
    }

    /** The message for one field: its reason, in Vietnamese where the service's words are the usual ones. */
    public String message(ApiProblem problem, String field) {
        String reason = problem.messageFor(field);
        if (reason == null) {
            return null;
        }
        String plain = messages.getMessage("invalid." + reason.strip(), null, null, VI);
        return label(field) + ": " + (plain != null ? plain : reason);
    }
}
