package vn.lienket.e2e.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core, run inside the page against WCAG 2.1 A and AA. The script comes from npm (the
 * {@code fetch-axe-core} profile of end-to-end-tests' pom puts the root pom's {@code axe-core.version}
 * into {@code target/npm}); it is injected with {@code executeScript} on each page checked.
 */
public final class Axe {

    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static volatile String source;

    private Axe() {
    }

    /** One broken rule and the elements that break it. */
    public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " " + helpUrl + nodes.stream()
                    .map(n -> "\n      " + n).collect(Collectors.joining());
        }
    }

    /** An element a rule found wrong: its CSS target, its markup, axe's summary of what to fix. */
    public record Node(String target, String html, String summary) {

        @Override
        public String toString() {
            return target + "  " + html + (summary.isBlank() ? "" : "\n        " + summary.replace("\n", "\n        "));
        }
    }

    static Path script() {
        String configured = System.getProperty("lienket.axe");
        return configured != null ? Path.of(configured)
                : ConsoleStack.PLATFORM.root().resolve("end-to-end-tests/target/npm/node_modules/axe-core/axe.min.js");
    }

    static String source() {
        if (source == null) {
            Path script = script();
            if (!Files.isRegularFile(script)) {
                throw new IllegalStateException("axe-core is missing at " + script + ": the end-to-end-tests build fetches it "
                        + "with npm (profile fetch-axe-core: npm install --prefix end-to-end-tests/target/npm axe-core@<version>); "
                        + "run ./mvnw -B -pl end-to-end-tests generate-test-resources, with npm on the PATH");
            }
            try {
                source = Files.readString(script);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** The WCAG 2.1 A/AA violations on the page the browser shows now. */
    public static List<Violation> run(JavascriptExecutor page) {
        page.executeScript("if (!window.axe) {" + source() + "\n}");
        Object answer = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify({error: String(e)})));
                """, TAGS);
        JsonNode json = JsonMapper.shared().readTree(String.valueOf(answer));
        if (json.isObject()) {
            throw new IllegalStateException("axe.run failed: " + json.get("error").asString());
        }
        return json.valueStream().map(v -> new Violation(v.get("id").asString(), text(v, "impact"), text(v, "help"),
                text(v, "helpUrl"), v.get("nodes").valueStream().map(n -> new Node(
                        n.get("target").valueStream().map(JsonNode::toString).collect(Collectors.joining(" ")),
                        text(n, "html"), text(n, "failureSummary"))).toList())).toList();
    }

    /** A readable list, one violation (id, impact, help) and each element (target, markup) a line. */
    public static String describe(String page, List<Violation> violations) {
        return "axe-core found " + violations.size() + " WCAG 2.1 A/AA violation(s) on " + page + ":"
                + violations.stream().map(v -> "\n  - " + v).collect(Collectors.joining());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
