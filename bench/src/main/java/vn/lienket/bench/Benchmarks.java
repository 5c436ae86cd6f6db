package vn.lienket.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.localplatform.LocalPlatform;

/**
 * Runs the benchmarks against a local stack of its own (ports offset by 3000, data under
 * bench/target), prints the figures, and writes them to bench/results/latest.json and the fan-out
 * samples to bench/target/fanout-*.dat for the chart. {@code bench/run} is the way to start it.
 *
 * <p>In order: the stack's start and memory; the fan-out to the 13 Mekong members, with the three
 * services and the store profiled; the gateway against the direct call and nginx, at 16 clients
 * (gateway profiled) and at one; then the three services restarted on a generated programme of 63
 * members and 200 activities, and its fan-out, profiled the same way.
 *
 * <p>System properties: {@code publishes} (50), {@code clients} (16), {@code rounds} (3) of
 * {@code slice} seconds (5) per gateway target.
 */
public final class Benchmarks {

    static final Path DATA = Path.of("bench/target/platform-data");

    private final LocalPlatform platform;
    private final Path root;
    private final Path data;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Map<String, Object> profiles = new LinkedHashMap<>();

    private Benchmarks(LocalPlatform platform) {
        this.platform = platform;
        this.root = platform.root();
        this.data = root.resolve(DATA);
    }

    public static void main(String[] args) throws Exception {
        LocalPlatform platform = new LocalPlatform(3000, DATA.toString(), Map.of(
                // every alert measured on its own, not held for a digest
                "LIENKET_DIGEST_WINDOW", "0s",
                // the load generator is one client: the gateway's per-client limit would be what is measured
                "LIENKET_RATE_LIMIT", "1000000", "LIENKET_RATE_BURST", "1000000"));
        new Benchmarks(platform).run();
    }

    private void run() throws Exception {
        int publishes = Integer.getInteger("publishes", 50);
        results.put("measured_at", Instant.now().toString());
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version")));
        platform.down();
        platform.clean();
        try {
            stack();
            fanOut("fanout_13_tenants", new FanOut(platform, "350-kh-ubnd-2024", "2.3"), publishes, 13,
                    Duration.ofSeconds(120), List.of("plan-service", "province-service", "notification-service", "store"));
            if (Boolean.getBoolean("only13")) {
                return; // a quick comparison of two builds' 13-member fan-out (ONLY_13=true bench/run)
            }
            gateway();
            GeneratedProgramme big = new GeneratedProgramme(63, 200);
            restartOn(big);
            fanOut("fanout_63_tenants_200_activities", new FanOut(platform, big.planId(), big.movedActivity()), publishes,
                    big.members, Duration.ofSeconds(600), List.of("plan-service", "province-service", "notification-service", "store"));
            Map<String, Double> rss = StackFootprint.residentMiB(data);
            results.put("stack_with_generated_programme_resident_mib", Map.of("total",
                    Percentiles.round(rss.values().stream().mapToDouble(Double::doubleValue).sum()), "by_process", rss));
            System.out.println("resident with the generated programme hosted: " + rss);
        } finally {
            platform.down();
            results.put("profiles", profiles);
            Path out = root.resolve(Boolean.getBoolean("only13") ? "bench/results/fanout-13-only.json"
                    : "bench/results/latest.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(results));
            System.out.println("wrote " + out);
        }
    }

    /**
     * The stack's start from clean data, measured the second time: the first start after a build
     * also records the applications' class-data archives (once per build, decision 0020), and is
     * reported on its own.
     */
    private void stack() throws Exception {
        long first = System.nanoTime();
        platform.up();
        double firstSeconds = (System.nanoTime() - first) / 1e9;
        platform.down();
        platform.clean();
        long start = System.nanoTime();
        platform.up();
        double upSeconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> rss = StackFootprint.residentMiB(data);
        Map<String, Double> pss = StackFootprint.proportionalMiB(data);
        double totalRss = rss.values().stream().mapToDouble(Double::doubleValue).sum();
        double totalPss = pss.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("stack: up in %.1f s from clean data (the first up, archives included: %.1f s), %.0f MiB"
                + " resident in all (%.0f MiB proportional): %s%n", upSeconds, firstSeconds, totalRss, totalPss, rss);
        Map<String, Object> stack = new LinkedHashMap<>();
        stack.put("up_seconds_from_clean_data", Percentiles.round(upSeconds));
        stack.put("up_seconds_first_after_build_or_clean", Percentiles.round(firstSeconds));
        stack.put("resident_mib_total", Percentiles.round(totalRss));
        stack.put("proportional_mib_total", Percentiles.round(totalPss));
        stack.put("resident_mib", rss);
        stack.put("proportional_mib", pss);
        results.put("stack", stack);
    }

    /** One fan-out benchmark, with the CPU each process used over it and the named processes profiled. */
    private void fanOut(String name, FanOut fanOut, int publishes, int members, Duration firstWait, List<String> profiled)
            throws Exception {
        List<Profiles.Recording> recordings = new ArrayList<>();
        for (String process : profiled) {
            recordings.add(Profiles.start(data, process, root.resolve("bench/target/profiles/" + name)));
        }
        Map<String, Double> cpuBefore = StackFootprint.cpuSeconds(data);
        long start = System.nanoTime();
        List<FanOut.Sample> samples = fanOut.run(3, publishes, members, firstWait);
        double wall = (System.nanoTime() - start) / 1e9;
        Map<String, Double> cpu = StackFootprint.used(cpuBefore, StackFootprint.cpuSeconds(data));
        Map<String, Object> profile = new LinkedHashMap<>();
        for (Profiles.Recording recording : recordings) {
            profile.put(recording.process(), recording.stop());
        }
        profiles.put(name, profile);

        Percentiles tenants = Percentiles.of(samples.stream().mapToDouble(FanOut.Sample::tenantsMillis).toArray());
        Percentiles alerts = Percentiles.of(samples.stream().mapToDouble(FanOut.Sample::alertsMillis).toArray());
        System.out.printf("%s: to all %d tenants %s%n", name, members, tenants);
        System.out.printf("%s: to all alerts accepted %s%n", name, alerts);
        System.out.printf("%s: CPU seconds over %.0f s: %s%n", name, wall, cpu);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tenants", members);
        json.put("publishes", samples.size());
        json.put("alerts_per_publish", samples.get(0).alerts());
        json.put("to_all_tenants_revision_required", tenants.json());
        json.put("to_all_alerts_accepted", alerts.json());
        json.put("wall_seconds", Percentiles.round(wall));
        json.put("cpu_seconds_by_process", cpu);
        results.put(name, json);
        StringBuilder dat = new StringBuilder("# version tenants_ms alerts_ms\n");
        samples.forEach(s -> dat.append(s.version()).append(' ').append(s.tenantsMillis()).append(' ')
                .append(s.alertsMillis()).append('\n'));
        Files.createDirectories(root.resolve("bench/target"));
        Files.writeString(root.resolve("bench/target/" + name.replace('_', '-') + ".dat"), dat);
    }

    /** The same read directly, through the gateway and through nginx, as {@code bench/run-gateway} measures it. */
    private void gateway() throws Exception {
        results.put("gateway", GatewayBench.measure(platform, data, null));
    }

    /**
     * Restarts the three services with the generated programme's configuration on top of their
     * own: plan-service seeds its master plan as version 1, notification-service its members'
     * units, and province-service hosts its members beside the 21 it already hosts.
     */
    private void restartOn(GeneratedProgramme programme) throws Exception {
        Path config = programme.write(root.resolve("bench/target/generated"));
        platform.setEnvironment("SPRING_CONFIG_ADDITIONALLOCATION", "optional:file:" + config);
        platform.stop("plan-service", "province-service", "notification-service");
        platform.up();
    }
}
