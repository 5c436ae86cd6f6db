package vn.lienket.console.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * One member's changes on the board, newest first, from the board's trail
 * ({@code …/compliance/audit}), whose entries name the member first ("kien-giang on version 2 …").
 */
record MemberHistory(String memberId, List<Entry> entries) {

    private static final Pattern VERSION = Pattern.compile("on version (\\d+)");
    private static final Pattern DUE = Pattern.compile("due (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern DAYS = Pattern.compile("(\\d+)-day reminder");

    /**
     * What happened ({@code notified}, {@code revised}, {@code overdue}, {@code reminded}…), when, on
     * which version, the due date and the reminder's days when the entry says, and who caused it.
     */
    record Entry(Instant at, String action, Integer version, LocalDate due, Integer reminderDays, String cause) {
    }

    static MemberHistory of(String memberId, List<JsonNode> trail) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : trail) {
            String detail = e.path("detail").asString("");
            if (detail.startsWith(memberId + " ") || detail.equals(memberId)) {
                entries.add(new Entry(Instant.parse(e.path("at").asString()), e.path("action").asString(),
                        find(VERSION, detail).map(Integer::valueOf).orElse(null),
                        find(DUE, detail).map(LocalDate::parse).orElse(null),
                        find(DAYS, detail).map(Integer::valueOf).orElse(null), e.path("principal").asString()));
            }
        }
        return new MemberHistory(memberId, entries);
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** An action in the words of the board. */
    static String word(String action) {
        return switch (action) {
            case "pending" -> "Chưa được báo";
            case "notified" -> "Đã được thông báo";
            case "revised" -> "Đã điều chỉnh";
            case "overdue" -> "Quá hạn";
            case "reminded" -> "Đã nhắc hạn";
            case "consolidating" -> "Đang hợp nhất";
            default -> action;
        };
    }

    /** Who or what caused it: an event of the platform, the scheduled deadline check, or a person. */
    static String cause(String principal) {
        if (principal == null || principal.isBlank()) {
            return "";
        }
        if (principal.startsWith("event:")) {
            return "Sự kiện của hệ thống";
        }
        return "deadline-check".equals(principal) ? "Kiểm tra hạn tự động" : principal;
    }
}
