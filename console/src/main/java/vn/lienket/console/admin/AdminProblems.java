package vn.lienket.console.admin;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.Authorities;
import vn.lienket.console.web.Formats;
import vn.lienket.console.web.ProblemWords;

/**
 * A refusal of an admin form in plain words: the field's name as the form calls it
 * ({@link ProblemWords}) and the service's reason in Vietnamese ({@link Reasons}), else as it came.
 * Templates call it as {@code ${@adminProblems.message(problem, 'effectiveOn')}}.
 */
@Component("adminProblems")
public class AdminProblems {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private final ProblemWords words;
    private final MessageSource messages;
    private final Authorities authorities;
    private final Formats formats;

    AdminProblems(ProblemWords words, MessageSource messages, Authorities authorities, Formats formats) {
        this.words = words;
        this.messages = messages;
        this.authorities = authorities;
        this.formats = formats;
    }

    /** "Đơn vị được sáp nhập thứ 1: Tỉnh Hậu Giang đã được sáp nhập vào Thành phố Cần Thơ trước đó". */
    public String message(ApiProblem problem, String field) {
        String reason = problem.messageFor(field);
        if (reason == null) {
            return null;
        }
        String plain = Reasons.vietnamese(reason, messages, this::name, formats::date);
        if (plain == null) {
            plain = messages.getMessage("invalid." + reason.strip(), null, reason, VI);
        }
        String named = problem.errors().containsKey(field) ? field
                : problem.fields().stream().filter(f -> f.startsWith(field + ".") || f.startsWith(field + "[")).findFirst().orElse(field);
        return label(named) + ": " + plain;
    }

    /** The field's name on the admin forms ({@code admin.field.from}: "Ngày rời"), else as every form calls it. */
    private String label(String field) {
        String own = messages.getMessage("admin.field." + field, null, null, VI);
        return own != null ? own : words.label(field);
    }

    /** An authority's name for its id; anything else as it is (a client id, a sector). */
    private String name(String id) {
        try {
            return authorities.name(id);
        } catch (RuntimeException unreadable) {
            return id;
        }
    }
}
