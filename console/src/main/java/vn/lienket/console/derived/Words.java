package vn.lienket.console.derived;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.lienket.console.api.ApiProblem;

/** The member pages' sentences ({@code messages/member.properties}) for notices and the console's own refusals. */
@Component("memberWords")
public class Words {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private final MessageSource messages;

    Words(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }

    /** The word for a value of the platform ({@code prefix + value}), or the value itself when there is none. */
    public String word(String prefix, String value) {
        return value == null ? "" : messages.getMessage(prefix + value, null, value, VI);
    }

    /** A refusal the console makes itself before calling the API (a form left incomplete), on {@code field}. */
    public ApiProblem invalid(String field, String key, Object... args) {
        return ApiProblem.local(400, "invalid-input", field, get(key, args));
    }
}
