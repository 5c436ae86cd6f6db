package vn.lienket.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import vn.lienket.support.testing.ApiClient;

/**
 * The platform as {@code ./platform up} runs it: real processes on loopback, here on ports shifted
 * by {@link #OFFSET} and with their own data directory, so a developer's own stack can keep running.
 */
final class LocalPlatform {

    static final int OFFSET = 1000;

    private final Path root = Path.of(System.getProperty("lienket.root", "..")).toAbsolutePath().normalize();
    private final Path data = root.resolve("end-to-end-tests/target/platform-data");

    String gateway() {
        return "http://127.0.0.1:" + (8080 + OFFSET);
    }

    String identity() {
        return "http://127.0.0.1:" + (9000 + OFFSET);
    }

    /** A service's own port, for calls that bypass the gateway. */
    String service(String name) {
        int port = switch (name) {
            case "plan-service" -> 8081;
            case "province-service" -> 8082;
            case "notification-service" -> 8083;
            default -> throw new IllegalArgumentException(name);
        };
        return "http://127.0.0.1:" + (port + OFFSET);
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + (9092 + OFFSET);
    }

    ApiClient api() {
        return new ApiClient(gateway());
    }

    void clean() throws IOException {
        if (Files.exists(data)) {
            try (var paths = Files.walk(data)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    void up() {
        run("up");
    }

    void down() {
        run("down");
    }

    /** An access token from the identity provider, through the gateway, with the client's local secret. */
    String token(String tenant) {
        return run("token", tenant).strip();
    }

    /** A new signing key at the identity provider; returns the key ring it prints. */
    String rotateKey() {
        return run("rotate-key");
    }

    /** Messages in a mailbox of the SMTP server (GreenMail's inbox API). */
    List<JsonNode> mailbox(String address) {
        JsonNode inbox = new ApiClient("http://127.0.0.1:" + (8025 + OFFSET))
                .get("/api/user/" + address + "/messages/INBOX", null).json();
        return inbox.valueStream().toList();
    }

    /** Every SMS the SMSC simulator received, reassembled. */
    List<JsonNode> sms() {
        return new ApiClient("http://127.0.0.1:" + (8026 + OFFSET)).get("/messages", null).json().valueStream().toList();
    }

    private String run(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(root.resolve("platform").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("LIENKET_DATA", data.toString(),
                "LIENKET_PORT_OFFSET", String.valueOf(OFFSET), "LIENKET_START_TIMEOUT", "240",
                // alerts a step expects by subject must not wait a minute in a digest
                "LIENKET_DIGEST_WINDOW", "2s"));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("./platform " + String.join(" ", args) + " failed:\n" + output);
            }
            if (!"token".equals(args[0])) {
                System.out.println(output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
