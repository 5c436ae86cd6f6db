package vn.lienket.console.api;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reading the API's JSON null-safely: a value the API left out or set to null is {@code null} here,
 * never the text "null".
 */
public final class Json {

    private Json() {
    }

    /** The text at {@code field}, or null when it is missing, null or blank. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.isString() ? value.asString() : value.toString();
        return text.isBlank() ? null : text;
    }

    public static int number(JsonNode node, String field) {
        return node.path(field).asInt(0);
    }

    /** The strings of an array field (empty when missing). */
    public static List<String> texts(JsonNode node, String field) {
        return node.path(field).valueStream().filter(v -> !v.isNull()).map(v -> v.isString() ? v.asString() : v.toString())
                .toList();
    }

    /** The items of an array field (empty when missing). */
    public static List<JsonNode> items(JsonNode node, String field) {
        return node.path(field).valueStream().toList();
    }

    /** A date of the API ({@code 2024-03-15}, or the day of an instant); null for none or anything unreadable. */
    public static java.time.LocalDate date(JsonNode value) {
        try {
            return value.isString() && value.asString().length() >= 10
                    ? java.time.LocalDate.parse(value.asString().substring(0, 10)) : null;
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }
}
