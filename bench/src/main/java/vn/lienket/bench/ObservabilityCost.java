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
 * What tracing, the sampled metrics and JSON logs cost the 13-tenant fan-out: the same fan-out
 * with observability as shipped ({@code on}) and with tracing off and text logs ({@code off}),
 * in alternating rounds on one stack, so that the machine's drift falls on both alike. The
 * figures are compared as ratios within the run. {@code bench/run-observability-cost} starts it;
 * it writes {@code bench/results/observability-cost.json}.
 *
 * <p>System properties: {@code publishes} per round (20), {@code pairs} of rounds (2).
 */
public final class ObservabilityCost {

    private static final List<String> RESTARTED = List.of("gateway", "plan-service", "province-service",
            "notification-service");

    public static void main(String[] args) throws Exception {
        LocalPlatform platform = new LocalPlatform(3000, Benchmarks.DATA.toString(), new LinkedHashMap<>(Map.of(
                "LIENKET_DIGEST_WINDOW", "0s", "LIENKET_RATE_LIMIT", "1000000", "LIENKET_RATE_BURST", "1000000")));
        int publishes = Integer.getInteger("publishes", 20);
        int pairs = Integer.getInteger("pairs", 2);
        Path data = platform.root().resolve(Benchmarks.DATA);
        Map<String, List<FanOut.Sample>> samples = Map.of("on", new ArrayList<>(), "off", new ArrayList<>());
        Map<String, Map<String, Double>> cpu = new LinkedHashMap<>(Map.of("on", new LinkedHashMap<>(), "off",
                new LinkedHashMap<>()));
        platform.down();
        platform.clean();
        try {
            platform.up();
            for (int pair = 0; pair < pairs; pair++) {
                for (String mode : List.of("on", "off")) {
                    restartWith(platform, mode);
                    Map<String, Double> before = StackFootprint.cpuSeconds(data);
                    samples.get(mode).addAll(new FanOut(platform, "350-kh-ubnd-2024", "2.3")
                            .run(3, publishes, 13, Duration.ofSeconds(120)));
                    StackFootprint.used(before, StackFootprint.cpuSeconds(data))
                            .forEach((process, seconds) -> cpu.get(mode).merge(process, seconds, Double::sum));
                }
            }
        } finally {
            platform.down();
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("measured_at", Instant.now().toString());
        results.put("on", "tracing on, metrics sampled every 15 s, ECS JSON logs (as shipped)");
        results.put("off", "LIENKET_TRACING=false, LIENKET_LOG_FORMAT=text");
        for (String mode : List.of("on", "off")) {
            Percentiles tenants = Percentiles.of(samples.get(mode).stream().mapToDouble(FanOut.Sample::tenantsMillis).toArray());
            Percentiles alerts = Percentiles.of(samples.get(mode).stream().mapToDouble(FanOut.Sample::alertsMillis).toArray());
            System.out.printf("observability %s: to all 13 tenants %s; to all alerts %s; CPU s %s%n", mode, tenants,
                    alerts, cpu.get(mode));
            results.put("fanout_13_tenants_" + mode, Map.of("to_all_tenants_revision_required", tenants.json(),
                    "to_all_alerts_accepted", alerts.json(), "cpu_seconds_by_process", cpu.get(mode)));
        }
        Path out = platform.root().resolve("bench/results/observability-cost.json");
        Files.writeString(out, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(results));
        System.out.println("wrote " + out);
    }

    private static void restartWith(LocalPlatform platform, String mode) {
        boolean off = mode.equals("off");
        platform.setEnvironment("LIENKET_TRACING", off ? "false" : null);
        platform.setEnvironment("LIENKET_LOG_FORMAT", off ? "text" : null);
        platform.stop(RESTARTED.toArray(String[]::new));
        platform.up();
    }
}
