package vn.lienket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.localplatform.LocalPlatform;

/**
 * The gateway's part of the benchmarks on a stack of its own ({@code bench/run-gateway}): the same
 * read straight to province-service, through the gateway and through nginx, at 16 clients (the
 * gateway profiled with JFR) and at one, as {@link Benchmarks} measures it; written to
 * {@code bench/results/gateway.json}.
 *
 * <p>With {@code -Dbaseline=PATH/gateway.jar} a second gateway, built from another commit, runs
 * beside the stack's own in front of the same services and is measured as one more target
 * ({@code gateway-baseline}) in the same interleaved rounds, so that a change to the gateway is
 * given as before/after ratios from one run. Both gateways are profiled.
 *
 * <p>System properties: {@code offset} (3300), {@code clients} (16), {@code rounds} (3) of
 * {@code slice} seconds (5), {@code baseline} (none).
 */
public final class GatewayBench {

    static final Path DATA = Path.of("bench/target/gateway-platform-data");
    /** The load generator is one client: the gateway's per-client limit would be what is measured. */
    static final Map<String, String> UNLIMITED = Map.of("LIENKET_RATE_LIMIT", "1000000", "LIENKET_RATE_BURST", "1000000");

    private GatewayBench() {
    }

    public static void main(String[] args) throws Exception {
        int offset = Integer.getInteger("offset", 3300);
        LocalPlatform platform = new LocalPlatform(offset, DATA.toString(), UNLIMITED);
        Path root = platform.root();
        Path data = root.resolve(DATA);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("measured_at", Instant.now().toString());
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version")));
        String baselineJar = System.getProperty("baseline");
        Process baseline = null;
        platform.down();
        platform.clean();
        try {
            up(platform);
            if (baselineJar != null) {
                baseline = startBaseline(platform, Path.of(baselineJar), data.resolve("logs/gateway-baseline.log"));
                results.put("baseline", baselineJar);
            }
            results.put("gateway", measure(platform, data, baseline));
        } finally {
            if (baseline != null) {
                baseline.destroy();
            }
            platform.down();
            Path out = root.resolve("bench/results/gateway.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(results));
            System.out.println("wrote " + out);
        }
    }

    /**
     * {@code ./platform up}, asked again (up to three times) when a service is not healthy within its
     * time: on a machine shared with other builds, a start can take longer; what runs stays running.
     */
    private static void up(LocalPlatform platform) {
        for (int attempt = 1; ; attempt++) {
            try {
                platform.up();
                return;
            } catch (IllegalStateException e) {
                if (attempt == 3) {
                    throw e;
                }
                System.out.println("the stack is not up yet (" + e.getMessage().lines().reduce((a, b) -> b).orElse("")
                        + "); asking again");
            }
        }
    }

    /** The targets at {@code clients} clients (gateways profiled, CPU counted) and at one; the figures as JSON. */
    static Map<String, Object> measure(LocalPlatform platform, Path data, Process baseline) throws Exception {
        int clients = Integer.getInteger("clients", 16);
        int rounds = Integer.getInteger("rounds", 3);
        Duration slice = Duration.ofSeconds(Integer.getInteger("slice", 5));
        Path root = platform.root();
        String path = "/api/provinces/kien-giang/derived-plans";
        GatewayThroughput load = new GatewayThroughput(path, platform.token("kien-giang"));
        Process nginx = GatewayThroughput.nginx(root.resolve("bench/target/nginx-gateway"), platform.port(8070),
                "127.0.0.1:" + platform.port(8082));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", "GET " + path);
        try {
            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("direct", platform.service("province-service"));
            targets.put("gateway", platform.gateway());
            if (baseline != null) {
                targets.put("gateway-baseline", "http://127.0.0.1:" + platform.port(8071));
            }
            targets.put("nginx", "http://127.0.0.1:" + platform.port(8070));
            Path profiles = root.resolve("bench/target/profiles/gateway-bench");
            Map<String, String> pids = new LinkedHashMap<>();
            pids.put("gateway", Files.readString(data.resolve("run/gateway.pid")).strip());
            pids.put("province-service", Files.readString(data.resolve("run/province-service.pid")).strip());
            if (baseline != null) {
                pids.put("gateway-baseline", String.valueOf(baseline.pid()));
            }
            Map<String, Path> recordings = new LinkedHashMap<>();
            for (String gateway : List.of("gateway", "gateway-baseline")) {
                if (pids.containsKey(gateway)) {
                    recordings.put(gateway, startRecording(pids.get(gateway), profiles.resolve(gateway + ".jfr")));
                }
            }
            Map<String, Double> cpuBefore = cpuSeconds(pids);
            Map<String, java.util.function.Supplier<Double>> meters = new LinkedHashMap<>();
            for (String name : List.of("direct", "gateway", "gateway-baseline")) {
                String pid = pids.get(name.equals("direct") ? "province-service" : name);
                if (pid != null) {
                    meters.put(name, () -> cpuSeconds(pid));
                }
            }
            Map<String, GatewayThroughput.Result> loaded = load.run(targets, clients, Duration.ofSeconds(10), rounds, slice,
                    meters);
            Map<String, Double> cpu = StackFootprint.used(cpuBefore, cpuSeconds(pids));
            Map<String, Object> profile = new LinkedHashMap<>();
            for (Map.Entry<String, Path> recording : recordings.entrySet()) {
                jcmd(pids.get(recording.getKey()), "JFR.stop", "name=gateway-bench");
                Map<String, Object> summary = new LinkedHashMap<>(Profiles.summarise(recording.getValue()));
                summary.put("by_method_on_stack", onStack(recording.getValue()));
                profile.put(recording.getKey(), summary);
            }
            Map<String, Object> at = gatewayJson(loaded, clients, rounds, slice);
            at.put("cpu_seconds", cpu);
            at.put("cpu_ms_per_request_over_the_whole_phase", cpuPerRequest(loaded, cpu, rounds, slice, Duration.ofSeconds(10)));
            json.put("at_" + clients + "_clients", at);
            json.put("profiles_at_" + clients + "_clients", profile);
            Map<String, GatewayThroughput.Result> single = load.run(targets, 1, Duration.ofSeconds(5), rounds, slice, meters);
            json.put("at_1_client", gatewayJson(single, 1, rounds, slice));
        } finally {
            nginx.destroy();
        }
        System.out.println("gateway: " + json);
        return json;
    }

    static Map<String, Object> gatewayJson(Map<String, GatewayThroughput.Result> results, int clients, int rounds,
                                           Duration slice) {
        GatewayThroughput.Result direct = results.get("direct");
        GatewayThroughput.Result nginx = results.get("nginx");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clients", clients);
        json.put("measured_seconds_per_target", rounds * slice.toSeconds());
        json.put("runs", results.values().stream().map(GatewayThroughput::json).toList());
        json.put("nginx_added_p50_ms", Percentiles.round(nginx.latency().p50() - direct.latency().p50()));
        for (String gateway : List.of("gateway", "gateway-baseline")) {
            GatewayThroughput.Result result = results.get(gateway);
            if (result == null) {
                continue;
            }
            String name = gateway.replace('-', '_');
            json.put(name + "_added_p50_ms", Percentiles.round(result.latency().p50() - direct.latency().p50()));
            json.put(name + "_throughput_vs_nginx", Percentiles.round(result.requestsPerSecond() / nginx.requestsPerSecond()));
            json.put(name + "_throughput_vs_direct", Percentiles.round(result.requestsPerSecond() / direct.requestsPerSecond()));
        }
        if (results.containsKey("gateway-baseline")) {
            json.put("throughput_after_vs_before", Percentiles.round(results.get("gateway").requestsPerSecond()
                    / results.get("gateway-baseline").requestsPerSecond()));
            json.put("p50_after_vs_before", Percentiles.round(results.get("gateway").latency().p50()
                    / results.get("gateway-baseline").latency().p50()));
            json.put("cpu_per_request_after_vs_before", Percentiles.round(results.get("gateway").cpuMsPerRequest()
                    / results.get("gateway-baseline").cpuMsPerRequest()));
        }
        return json;
    }

    /**
     * CPU milliseconds per request each gateway used: its CPU over the warm-up and the rounds, over
     * the requests it served in them (the measured ones, and the warm-up's at the measured rate).
     */
    private static Map<String, Double> cpuPerRequest(Map<String, GatewayThroughput.Result> results, Map<String, Double> cpu,
                                                     int rounds, Duration slice, Duration warmup) {
        Map<String, Double> perRequest = new LinkedHashMap<>();
        for (String gateway : List.of("gateway", "gateway-baseline")) {
            GatewayThroughput.Result result = results.get(gateway);
            if (result != null && cpu.containsKey(gateway)) {
                double requests = result.requestsPerSecond() * (rounds * slice.toSeconds() + warmup.toSeconds());
                perRequest.put(gateway, Percentiles.round(cpu.get(gateway) * 1000 / requests));
            }
        }
        return perRequest;
    }

    /** A second gateway from another build, in front of the stack's services on port 8071 (+ offset). */
    private static Process startBaseline(LocalPlatform platform, Path jar, Path log) throws Exception {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("java", "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-Xss512k", "-jar",
                jar.toAbsolutePath().toString(), "--server.port=" + platform.port(8071))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(UNLIMITED);
        env.put("IDENTITY_URI", platform.identity());
        env.put("IDENTITY_JWKS", platform.identity() + "/oauth2/jwks");
        env.put("PLAN_SERVICE_URI", platform.service("plan-service"));
        env.put("PROVINCE_SERVICE_URI", platform.service("province-service"));
        env.put("NOTIFICATION_SERVICE_URI", platform.service("notification-service"));
        env.put("KAFKA_BOOTSTRAP", platform.kafkaBootstrap());
        Process process = builder.start();
        String health = "http://127.0.0.1:" + platform.port(8071) + "/actuator/health";
        var http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the baseline gateway exited; see " + log);
            }
            try {
                var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(health)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                if (response.body().contains("\"UP\"")) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroy();
        throw new IllegalStateException("the baseline gateway did not become healthy; see " + log);
    }

    private static Map<String, Double> cpuSeconds(Map<String, String> pids) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpu.put(name, cpuSeconds(pid)));
        return cpu;
    }

    /** A process's CPU seconds so far (user and system), from /proc/PID/stat at 100 ticks a second. */
    static double cpuSeconds(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path startRecording(String pid, Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        jcmd(pid, "JFR.start", "name=gateway-bench", "settings=profile", "filename=" + file.toAbsolutePath());
        return file;
    }

    /**
     * The share of CPU samples with each method anywhere on the stack (counted once a sample), the
     * top 40: where a filter's whole cost shows, not only the method it spends it in.
     */
    static Map<String, Double> onStack(Path file) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                if (seen.add(name)) {
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        int total = Math.max(1, samples);
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Percentiles.round(100.0 * e.getValue() / total),
                        (a, b) -> a, LinkedHashMap::new));
    }

    private static void jcmd(String pid, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("jcmd", pid));
        args.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0 || out.contains("Could not") || out.contains("rror")) {
            throw new IllegalStateException(String.join(" ", args) + ": " + out);
        }
    }
}
