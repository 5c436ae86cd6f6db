package vn.lienket.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One {@code ${NAME:default}} of a configuration value, as Spring resolves it: the name, and the default
 * text (itself possibly holding placeholders), or {@code null} when there is none.
 */
record Placeholder(String name, String defaultValue) {

    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Every placeholder in the text, nested ones (in defaults) included. */
    static List<Placeholder> in(String text) {
        List<Placeholder> found = new ArrayList<>();
        int start = text.indexOf("${");
        while (start >= 0) {
            int end = closing(text, start + 2);
            if (end < 0) {
                break;
            }
            String body = text.substring(start + 2, end);
            int colon = topLevelColon(body);
            String name = colon < 0 ? body : body.substring(0, colon);
            String fallback = colon < 0 ? null : body.substring(colon + 1);
            found.add(new Placeholder(name, fallback));
            if (fallback != null) {
                found.addAll(in(fallback));
            }
            start = text.indexOf("${", end + 1);
        }
        return found;
    }

    /** The text with each placeholder replaced by the environment's value, else its default. */
    static String resolve(String text, Map<String, String> environment) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        int start = text.indexOf("${");
        while (start >= 0) {
            int end = closing(text, start + 2);
            if (end < 0) {
                break;
            }
            out.append(text, at, start);
            String body = text.substring(start + 2, end);
            int colon = topLevelColon(body);
            String name = colon < 0 ? body : body.substring(0, colon);
            String value = environment.get(name);
            if (value == null) {
                value = colon < 0 ? "" : resolve(body.substring(colon + 1), environment);
            }
            out.append(value);
            at = end + 1;
            start = text.indexOf("${", at);
        }
        return out.append(text.substring(at)).toString();
    }

    /** A name that an environment variable sets directly (upper case), not a property's own name. */
    boolean isEnvironmentVariable() {
        return ENVIRONMENT_NAME.matcher(name).matches();
    }

    private static int closing(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith("${", i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int topLevelColon(String body) {
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.startsWith("${", i)) {
                depth++;
                i++;
            } else if (body.charAt(i) == '}') {
                depth--;
            } else if (body.charAt(i) == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
