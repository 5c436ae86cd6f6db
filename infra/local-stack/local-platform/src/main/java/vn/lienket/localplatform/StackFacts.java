package vn.lienket.localplatform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The local stack's facts (ports before the offset, the cluster's shape, the local clients) as
 * {@code infra/local-stack/stack.properties} writes them: the file the {@code platform} script
 * sources, so the Java side finds every process where the script starts it.
 */
public final class StackFacts {

    /** Where the facts live, relative to the repository root. */
    public static final String FILE = "infra/local-stack/stack.properties";

    private final Properties facts;

    private StackFacts(Properties facts) {
        this.facts = facts;
    }

    /** The facts of the repository at {@code root}. */
    public static StackFacts of(Path root) {
        Properties facts = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve(FILE), StandardCharsets.UTF_8)) {
            facts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + root.resolve(FILE), e);
        }
        return new StackFacts(facts);
    }

    /** A fact as bash reads it: a value in double quotes is the text between them. */
    public String get(String name) {
        String value = facts.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is not in " + FILE);
        }
        value = value.strip();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** A port before the offset ({@code GATEWAY_PORT}, say). */
    public int port(String name) {
        return Integer.parseInt(get(name));
    }

    /** The services that run twice in the cluster mode. */
    public List<String> clusterServices() {
        return Arrays.stream(get("CLUSTER_SERVICES").split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * A port of an instance, before the offset: the first instance's, plus {@code SECOND_INSTANCE_STEP}
     * for the second and {@code THIRD_BROKER_STEP} for the third (brokers only).
     */
    public int instancePort(String firstPortName, int instance) {
        int first = port(firstPortName);
        return switch (instance) {
            case 1 -> first;
            case 2 -> first + port("SECOND_INSTANCE_STEP");
            case 3 -> first + port("THIRD_BROKER_STEP");
            default -> throw new IllegalArgumentException("instance " + instance);
        };
    }

    /** The port fact of a component ({@code plan-service} → {@code PLAN_PORT}). */
    public static String portName(String component) {
        return switch (component) {
            case "kafka" -> "KAFKA_PORT";
            case "store" -> "STORE_PORT";
            case "identity" -> "IDENTITY_PORT";
            case "plan-service" -> "PLAN_PORT";
            case "province-service" -> "PROVINCE_PORT";
            case "notification-service" -> "NOTIFICATION_PORT";
            case "gateway" -> "GATEWAY_PORT";
            case "console" -> "CONSOLE_PORT";
            default -> throw new IllegalArgumentException(component);
        };
    }
}
