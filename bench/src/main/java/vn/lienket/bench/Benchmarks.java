package vn.lienket.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.e2e.LocalPlatform;

/**
 * Runs the benchmarks against a local stack of its own (ports offset by 3000, data under
 * bench/target), prints the figures, and writes them to bench/results/latest.json and the fan-out
 * samples to bench/target/fanout.dat for the chart. {@code bench/run} is the way to start it.
 *
 * <p>System properties: {@code publishes} (50), {@code clients} (16), {@code seconds} (15).
 */
public final class Benchmarks {

    public static void main(String[] args) throws Exception {
        int publishes = Integer.getInteger("publishes", 50);
        int clients = Integer.getInteger("clients", 16);
        Duration measured = Duration.ofSeconds(Integer.getInteger("seconds", 15));
        LocalPlatform platform = new LocalPlatform(3000, "bench/target/platform-data", Map.of(
                // every alert measured on its own, not held for a digest
                "LIENKET_DIGEST_WINDOW", "0s",
                // the load generator is one client: the gateway's per-client limit would be what is measured
                "LIENKET_RATE_LIMIT", "1000000", "LIENKET_RATE_BURST", "1000000"));
        Path root = platform.root();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("measured_at", Instant.now().toString());
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version")));

        platform.down();
        platform.clean();
        long start = System.nanoTime();
        platform.up();
        double upSeconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> rss = StackFootprint.residentMiB(root.resolve("bench/target/platform-data"));
        double totalRss = rss.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("stack: up in %.1f s from clean data, %.0f MiB resident in all: %s%n", upSeconds, totalRss, rss);
        results.put("stack", Map.of("up_seconds_from_clean_data", Percentiles.round(upSeconds),
                "resident_mib_total", Percentiles.round(totalRss), "resident_mib", rss));

        try {
            List<FanOut.Sample> samples = new FanOut(platform).run(3, publishes, 13);
            Percentiles tenants = Percentiles.of(samples.stream().mapToDouble(FanOut.Sample::tenantsMillis).toArray());
            Percentiles alerts = Percentiles.of(samples.stream().mapToDouble(FanOut.Sample::alertsMillis).toArray());
            System.out.println("fan-out to 13 tenants: " + tenants);
            System.out.println("fan-out to all alerts accepted: " + alerts);
            results.put("fanout_13_tenants", Map.of("publishes", samples.size(),
                    "alerts_per_publish", samples.get(0).alerts(),
                    "to_all_tenants_revision_required", tenants.json(), "to_all_alerts_accepted", alerts.json()));
            StringBuilder data = new StringBuilder("# version tenants_ms alerts_ms\n");
            samples.forEach(s -> data.append(s.version()).append(' ').append(s.tenantsMillis()).append(' ')
                    .append(s.alertsMillis()).append('\n'));
            Files.createDirectories(root.resolve("bench/target"));
            Files.writeString(root.resolve("bench/target/fanout.dat"), data);

            String token = platform.token("kien-giang");
            GatewayThroughput load = new GatewayThroughput("/api/provinces/kien-giang/derived-plans", token, clients,
                    Duration.ofSeconds(5), measured);
            GatewayThroughput.Result direct = load.run("direct", platform.service("province-service"));
            GatewayThroughput.Result gateway = load.run("gateway", platform.gateway());
            Process nginx = GatewayThroughput.nginx(root.resolve("bench/target/nginx"), platform.port(8090),
                    "127.0.0.1:" + platform.port(8082));
            GatewayThroughput.Result viaNginx;
            try {
                viaNginx = load.run("nginx", "http://127.0.0.1:" + platform.port(8090));
            } finally {
                nginx.destroy();
            }
            Map<String, Object> gatewayJson = new LinkedHashMap<>();
            gatewayJson.put("path", "GET /api/provinces/kien-giang/derived-plans");
            gatewayJson.put("clients", clients);
            gatewayJson.put("seconds", measured.toSeconds());
            gatewayJson.put("runs", List.of(GatewayThroughput.json(direct), GatewayThroughput.json(gateway),
                    GatewayThroughput.json(viaNginx)));
            gatewayJson.put("gateway_added_p50_ms", Percentiles.round(gateway.latency().p50() - direct.latency().p50()));
            gatewayJson.put("nginx_added_p50_ms", Percentiles.round(viaNginx.latency().p50() - direct.latency().p50()));
            gatewayJson.put("gateway_throughput_vs_nginx", Percentiles.round(gateway.requestsPerSecond() / viaNginx.requestsPerSecond()));
            gatewayJson.put("gateway_throughput_vs_direct", Percentiles.round(gateway.requestsPerSecond() / direct.requestsPerSecond()));
            results.put("gateway", gatewayJson);
            System.out.println("gateway: " + gatewayJson);
        } finally {
            platform.down();
        }

        Path out = root.resolve("bench/results/latest.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(results));
        System.out.println("wrote " + out);
    }
}
