package vn.lienket.localplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.databind.JsonNode;
import vn.lienket.support.testing.ApiClient;

/**
 * The platform as {@code ./platform up} runs it: real processes on loopback, here on shifted ports
 * and with their own data directory, so a developer's own stack can keep running. The end-to-end
 * tests and the reliability suite each run one. Where each process listens comes from the stack's
 * facts ({@link StackFacts}, the file the script sources). In the cluster mode
 * ({@code LIENKET_CLUSTER=true}) there are three brokers ({@code kafka}, {@code kafka-2},
 * {@code kafka-3}) and two instances of each service ({@code plan-service}, {@code plan-service-2}, …).
 */
public final class LocalPlatform {

    private final Path root = Path.of(System.getProperty("lienket.root", "..")).toAbsolutePath().normalize();
    private final StackFacts facts = StackFacts.of(root);
    private final int offset;
    private final Path data;
    private final boolean cluster;
    private final Map<String, String> environment = new java.util.HashMap<>();

    /**
     * @param offset added to every port
     * @param dataDir the data and logs directory, relative to the repository root
     * @param environment for the processes, on top of the defaults (a 2 s digest window, no default quiet hours,
     *                    the 2024 world)
     */
    public LocalPlatform(int offset, String dataDir, Map<String, String> environment) {
        this(offset, dataDir, false, environment);
    }

    /**
     * @param cluster the cluster mode: three brokers, two instances of each service
     */
    public LocalPlatform(int offset, String dataDir, boolean cluster, Map<String, String> environment) {
        this.offset = offset;
        this.data = root.resolve(dataDir);
        this.cluster = cluster;
        this.environment.put("LIENKET_CLUSTER", String.valueOf(cluster));
        // alerts a step expects by subject must not wait a minute in a digest
        this.environment.put("LIENKET_DIGEST_WINDOW", "2s");
        // nor must an SMS wait for the morning because the suite runs after 22:00 in Ho Chi Minh City
        this.environment.put("LIENKET_QUIET_HOURS", "none");
        // the flows under test start on the map before the 2025 mergers; MapSuccessionIT applies them
        this.environment.put("LIENKET_SEED_WORLD", "2024");
        this.environment.putAll(environment);
    }

    /** Processes started from now on get this variable (a service restarted with {@link #up()}, say). */
    public void setEnvironment(String name, String value) {
        if (value == null) {
            environment.remove(name);
        } else {
            environment.put(name, value);
        }
    }

    public int port(int defaultPort) {
        return defaultPort + offset;
    }

    /** A port of the stack by its name in the facts ({@code SMTP_PORT}, say), offset. */
    public int port(String fact) {
        return port(facts.port(fact));
    }

    public StackFacts facts() {
        return facts;
    }

    public boolean cluster() {
        return cluster;
    }

    public Path root() {
        return root;
    }

    /** The data and logs directory of this stack. */
    public Path data() {
        return data;
    }

    public String gateway() {
        return service("gateway");
    }

    /** Every gateway instance: one, or two in the cluster mode. */
    public List<String> gateways() {
        return instancesOf("gateway").stream().map(this::service).toList();
    }

    /** The web console for people ({@code console}), as a browser reaches it. */
    public String console() {
        return service("console");
    }

    public String identity() {
        return service("identity");
    }

    /**
     * An instance's own base URI, for calls that bypass the gateway: {@code plan-service}, or in the
     * cluster mode {@code plan-service-2}, also {@code gateway}, {@code identity} and {@code console}.
     */
    public String service(String instance) {
        return "http://127.0.0.1:" + port(facts.instancePort(StackFacts.portName(component(instance)), instanceNumber(instance)));
    }

    /** The instances of a component ({@code plan-service} → plan-service, plan-service-2 in the cluster mode). */
    public List<String> instancesOf(String component) {
        if (!cluster) {
            return List.of(component);
        }
        if (component.equals("kafka")) {
            return List.of("kafka", "kafka-2", "kafka-3");
        }
        return facts.clusterServices().contains(component) ? List.of(component, component + "-2") : List.of(component);
    }

    /** The component of an instance: {@code plan-service-2} → {@code plan-service}. */
    public static String component(String instance) {
        return instance.matches(".*-[23]") ? instance.substring(0, instance.length() - 2) : instance;
    }

    /** 1 for {@code plan-service}, 2 for {@code plan-service-2}, 3 for {@code kafka-3}. */
    public static int instanceNumber(String instance) {
        return instance.matches(".*-[23]") ? instance.charAt(instance.length() - 1) - '0' : 1;
    }

    /** One broker's own address ({@code kafka-2}, say). */
    public String broker(String instance) {
        return "127.0.0.1:" + port(facts.instancePort("KAFKA_PORT", instanceNumber(instance)));
    }

    /** The brokers' addresses, as the services get them in {@code KAFKA_BOOTSTRAP}. */
    public String kafkaBootstrap() {
        return String.join(",", instancesOf("kafka").stream().map(this::broker).toList());
    }

    /** The process id the script recorded for an instance, if it runs. */
    public java.util.Optional<Long> pid(String instance) {
        Path file = data.resolve("run").resolve(instance + ".pid");
        try {
            return Files.exists(file) ? java.util.Optional.of(Long.parseLong(Files.readString(file).strip()))
                    .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public ApiClient api() {
        return new ApiClient(gateway());
    }

    public void clean() throws IOException {
        if (Files.exists(data)) {
            try (var paths = Files.walk(data)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    public void up() {
        run("up");
    }

    public void down() {
        run("down");
    }

    /** Stops some processes with SIGTERM ({@code ./platform stop}); {@link #up()} starts them again. */
    public void stop(String... names) {
        run(concat("stop", names));
    }

    /** Kills some processes with SIGKILL ({@code ./platform kill}), as a crash would. */
    public void kill(String... names) {
        run(concat("kill", names));
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** An access token from the identity provider, through the gateway, with the client's local secret. */
    public String token(String tenant) {
        return run("token", tenant).strip();
    }

    /** A new signing key at the identity provider; returns the key ring it prints. */
    public String rotateKey() {
        return run("rotate-key");
    }

    /** Waits until a consumer group has committed every record now on the topic. */
    public void awaitConsumedToTheEnd(String group, String topic, java.time.Duration atMost) {
        java.util.Properties props = new java.util.Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap());
        try (Admin admin = Admin.create(props)) {
            await().atMost(atMost).untilAsserted(() -> {
                var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
                Map<TopicPartition, OffsetSpec> latest = new java.util.LinkedHashMap<>();
                partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                List<String> behind = new java.util.ArrayList<>();
                ends.forEach((tp, end) -> {
                    OffsetAndMetadata done = committed.get(tp);
                    if (end.offset() > 0 && (done == null || done.offset() < end.offset())) {
                        behind.add(tp + " at " + (done == null ? "-" : done.offset()) + " of " + end.offset());
                    }
                });
                assertThat(behind).as(group + " behind on " + topic).isEmpty();
            });
        }
    }

    /** Messages in a mailbox of the SMTP server (GreenMail's inbox API). */
    public List<JsonNode> mailbox(String address) {
        JsonNode inbox = new ApiClient("http://127.0.0.1:" + port("MAIL_API_PORT"))
                .get("/api/user/" + address + "/messages/INBOX", null).json();
        return inbox.valueStream().toList();
    }

    /** Every SMS the SMSC simulator received, reassembled. */
    public List<JsonNode> sms() {
        return new ApiClient("http://127.0.0.1:" + port("SMSC_API_PORT")).get("/messages", null).json().valueStream().toList();
    }

    private String run(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(root.resolve("platform").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().putAll(Map.of("LIENKET_DATA", data.toString(),
                "LIENKET_PORT_OFFSET", String.valueOf(offset), "LIENKET_START_TIMEOUT", cluster ? "420" : "240"));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(cluster ? 10 : 5, TimeUnit.MINUTES) || process.exitValue() != 0) {
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
