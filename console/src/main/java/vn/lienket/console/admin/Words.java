package vn.lienket.console.admin;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The admin pages' words (messages/admin.properties): notices after a change, sector and role
 * names. Templates call it as {@code ${@adminWords.sector(s)}}.
 */
@Component("adminWords")
class Words {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    /** The sectors offered as choices; any other lower-case word may be typed. */
    static final List<String> SECTORS = List.of("tourism", "economy", "agriculture", "trade", "transport", "culture",
            "investment", "education", "health", "environment");
    /** The roles a person or client may hold, in the order they are offered. */
    static final List<String> ROLES = List.of("coordinator", "planner", "viewer", "authority-admin", "platform-admin");

    private final MessageSource messages;

    Words(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }

    /** A sector in Vietnamese ("tourism" → "Du lịch"), or as written when it has no name here. */
    public String sector(String sector) {
        return messages.getMessage("sector." + sector, null, sector, VI);
    }

    public List<String> sectors() {
        return SECTORS;
    }

    /** A role in Vietnamese ("planner" → "Lập kế hoạch"). */
    public String role(String role) {
        return messages.getMessage("role." + role, null, role, VI);
    }

    /** Roles in the order they are offered (as ticked, whatever order they were stored in). */
    public String roles(List<String> roles) {
        return String.join(", ", roles.stream()
                .sorted(java.util.Comparator.comparingInt(r -> ROLES.indexOf(r) < 0 ? ROLES.size() : ROLES.indexOf(r)))
                .map(this::role).toList());
    }

    /** A re-drive's outcome in Vietnamese. */
    public String outcome(String outcome) {
        return messages.getMessage("outcome." + outcome, null, outcome, VI);
    }
}
