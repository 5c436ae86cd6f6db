package vn.lienket.support.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile-input suite: every write endpoint gets malformed, truncated and mistyped bodies,
 * unknown fields, a huge body and a huge string, deep nesting, control characters, MongoDB
 * operators in values, fields and ids, path traversal, encoded slashes and an over-long id. Every
 * case must be a 4xx problem response, and the stored state (as {@code state} reads it) must be
 * the same afterwards. All failures are reported together, and a table of the answers is printed.
 */
public final class HostileInput {

    /**
     * A write endpoint: its path with {@code {id}} where an id goes, the id, a valid body, the
     * token of a caller allowed to write, and extra headers (name, value) such as If-Match.
     */
    public record Endpoint(String method, String path, String id, String validBody, String token, String... headers) {
    }

    private static final Pattern FIRST_STRING_VALUE = Pattern.compile("(\"[A-Za-z]+\"\\s*:\\s*)\"[^\"]*\"");

    private HostileInput() {
    }

    public static void check(ApiClient api, List<Endpoint> endpoints, Supplier<String> state) {
        String before = state.get();
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nendpoint | case | status\n");
        for (Endpoint endpoint : endpoints) {
            for (Map.Entry<String, String[]> hostile : cases(endpoint).entrySet()) {
                String path = hostile.getValue()[0];
                String body = hostile.getValue()[1];
                ApiClient.Response response = send(api, endpoint, path, body);
                boolean right = response.status() >= 400 && response.status() < 500
                        && String.valueOf(response.contentType()).startsWith("application/problem+json");
                table.append(endpoint.method()).append(' ').append(endpoint.path()).append(" | ").append(hostile.getKey())
                        .append(" | ").append(response.status()).append(right ? "" : " ✗").append('\n');
                if (!right) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + ", " + hostile.getKey() + ": " + response.status()
                            + " " + response.contentType() + " " + abbreviate(response.body()));
                }
            }
        }
        System.out.println(table);
        String after = state.get();
        if (!before.equals(after)) {
            wrong.add("the stored state changed:\nbefore " + abbreviate(before) + "\nafter  " + abbreviate(after));
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError(wrong.size() + " hostile case(s) not refused cleanly:\n" + String.join("\n", wrong));
        }
    }

    private static Map<String, String[]> cases(Endpoint e) {
        String path = e.path().replace("{id}", e.id());
        String valid = e.validBody();
        Map<String, String[]> cases = new LinkedHashMap<>();
        if (valid != null) {
            cases.put("malformed JSON", new String[] {path, "{not json"});
            cases.put("truncated JSON", new String[] {path, valid.substring(0, valid.length() / 2)});
            cases.put("an array for an object", new String[] {path, "[" + valid + "]"});
            cases.put("a number for a text", new String[] {path, firstString(valid, "12345")});
            cases.put("an unknown field", new String[] {path, "{\"unexpected\":1," + valid.substring(1)});
            cases.put("a MongoDB operator for a value", new String[] {path, firstString(valid, "{\"$gt\":\"\"}")});
            cases.put("a $where field", new String[] {path, "{\"$where\":\"sleep(5000)\"," + valid.substring(1)});
            cases.put("a 2 MB body", new String[] {path, "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}"});
            cases.put("a 300 000-character text", new String[] {path, firstString(valid, "\"" + "ạ".repeat(300_000) + "\"")});
            cases.put("nesting 5 000 deep", new String[] {path, "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)});
            cases.put("control characters", new String[] {path, firstString(valid, "\"Báo\\u0000\\u001b[31m\"")});
        }
        if (e.id() != null) {
            cases.put("a MongoDB operator for the id", new String[] {e.path().replace("{id}", encode("{\"$gt\":\"\"}")), valid});
            cases.put("$where for the id", new String[] {e.path().replace("{id}", encode("$where")), valid});
            cases.put("an encoded slash in the id", new String[] {e.path().replace("{id}", "a%2F..%2F" + e.id()), valid});
            cases.put("path traversal", new String[] {e.path().replace("{id}", "..%2F..%2F" + e.id()), valid});
            cases.put("dot segments", new String[] {e.path().replace("{id}", "%2E%2E/" + e.id()), valid});
            cases.put("a 2 000-character id", new String[] {e.path().replace("{id}", "x".repeat(2000)), valid});
        }
        return cases;
    }

    private static String firstString(String json, String replacement) {
        Matcher matcher = FIRST_STRING_VALUE.matcher(json);
        if (!matcher.find()) {
            throw new IllegalArgumentException("The valid body needs a text field: " + json);
        }
        return json.substring(0, matcher.start()) + matcher.group(1) + replacement + json.substring(matcher.end());
    }

    private static ApiClient.Response send(ApiClient api, Endpoint endpoint, String path, String body) {
        return switch (endpoint.method()) {
            case "POST" -> api.post(path, endpoint.token(), body == null ? "" : body, endpoint.headers());
            case "PUT" -> api.put(path, endpoint.token(), body == null ? "" : body, endpoint.headers());
            case "DELETE" -> api.delete(path, endpoint.token(), endpoint.headers());
            default -> throw new IllegalArgumentException(endpoint.method());
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? String.valueOf(text) : text.substring(0, 300) + "…";
    }
}
