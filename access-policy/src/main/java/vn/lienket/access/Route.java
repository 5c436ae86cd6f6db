package vn.lienket.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A route and who may call it. The pattern is written as the controller maps it:
 * {@code /api/master-plans/{planId}/draft}; a variable matches one path segment.
 */
public record Route(String method, String pattern, Audience audience) {

    /** The path variables that name the authority a request acts on. */
    static final List<String> AUTHORITY_VARIABLES = List.of("provinceId", "authority");

    public static Route get(String pattern, Audience audience) {
        return new Route("GET", pattern, audience);
    }

    public static Route post(String pattern, Audience audience) {
        return new Route("POST", pattern, audience);
    }

    public static Route put(String pattern, Audience audience) {
        return new Route("PUT", pattern, audience);
    }

    public static Route delete(String pattern, Audience audience) {
        return new Route("DELETE", pattern, audience);
    }

    /** The variables of this path, if it is this route's (a HEAD is a GET). */
    public Optional<Map<String, String>> match(String requestMethod, String path) {
        String asked = "HEAD".equals(requestMethod) ? "GET" : requestMethod;
        if (!method.equals(asked)) {
            return Optional.empty();
        }
        return matchPath(path);
    }

    Optional<Map<String, String>> matchPath(String path) {
        String[] want = pattern.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return Optional.empty();
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                variables.put(want[i].substring(1, want[i].length() - 1), decode(got[i]));
            } else if (!want[i].equals(decode(got[i]))) {
                // decoded as the controllers' mapping decodes it: /derived%2Dplans is /derived-plans to both
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    /** A path segment's percent-escapes decoded as UTF-8 ({@code +} stays a plus: this is a path, not a form). */
    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length() && isHex(segment.charAt(i + 1)) && isHex(segment.charAt(i + 2))) {
                int value = Integer.parseInt(segment.substring(i + 1, i + 3), 16);
                bytes.write(value);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** The pattern with its variables unnamed, to compare with a controller's mapping. */
    public String shape() {
        return pattern.replaceAll("\\{[^}]*}", "{}");
    }

    @Override
    public String toString() {
        return method + " " + pattern + " → " + audience;
    }
}
