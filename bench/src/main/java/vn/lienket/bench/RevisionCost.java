package vn.lienket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.support.testing.ApiClient;

/**
 * What a revision of a derived plan costs after 200 earlier versions against after 2: a member's
 * planner edits one activity and publishes the next derived version (two calls, straight to
 * province-service: each reads the plan, checks it and stores it with its audit entry). One plan
 * is first aged to {@code aged} versions unmeasured; then revisions of a young plan (2 versions
 * and on) and of the aged one alternate, {@code rounds} of each, so that the machine's drift falls
 * on both alike. The figure is the ratio of their medians, and the CPU that province-service and
 * the store used per revision, young against aged, is read from /proc over the same rounds.
 *
 * <p>With {@code -Dbefore.jar=…} (an older province-service.jar), the same is measured first on
 * that jar and then, on the same stack, on the current one (other members' plans), and once more
 * on the plan the old jar aged (its trail as the old jar stored it). {@code bench/run-revisions}
 * starts it; it writes {@code bench/results/revisions.json}.
 */
public final class RevisionCost {

    private static final String PLAN = "350-kh-ubnd-2024";
    private static final String ACTIVITY = "2.3";
    private static final Path DATA = Path.of("bench/target/revisions-data");
    private static final Path JAR = Path.of("province-service/target/province-service.jar");

    private final LocalPlatform platform;
    private final ApiClient api;
    private final Path data;
    private int edits;

    private RevisionCost(LocalPlatform platform) {
        this.platform = platform;
        this.api = new ApiClient(platform.service("province-service"));
        this.data = platform.root().resolve(DATA);
    }

    public static void main(String[] args) throws Exception {
        int offset = Integer.getInteger("offset", 3100);
        LocalPlatform platform = new LocalPlatform(offset, DATA.toString(), new LinkedHashMap<>(Map.of(
                "LIENKET_DIGEST_WINDOW", "0s")));
        int aged = Integer.getInteger("aged", 200);
        int rounds = Integer.getInteger("rounds", 20);
        String beforeJar = System.getProperty("before.jar");
        Path root = platform.root();
        Path jar = root.resolve(JAR);
        Path current = root.resolve("bench/target/province-service-current.jar");
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("measured_at", Instant.now().toString());
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version")));
        results.put("aged_versions", aged);
        results.put("rounds", rounds);
        platform.down();
        platform.clean();
        RevisionCost bench = new RevisionCost(platform);
        try {
            if (beforeJar != null) {
                Files.copy(jar, current, StandardCopyOption.REPLACE_EXISTING);
                Files.copy(Path.of(beforeJar), jar, StandardCopyOption.REPLACE_EXISTING);
                platform.up();
                results.put("before", bench.measure("before", "tien-giang", "kien-giang", "an-giang", aged, rounds));
                platform.stop("province-service");
                Files.copy(current, jar, StandardCopyOption.REPLACE_EXISTING);
                platform.up();
                // the plan the old jar aged, read and revised by the current one
                results.put("after_on_the_plan_aged_before", bench.rounds("kien-giang", 5));
                results.put("after", bench.measure("after", "tra-vinh", "can-tho", "soc-trang", aged, rounds));
            } else {
                platform.up();
                results.put("current", bench.measure("current", "tien-giang", "kien-giang", "an-giang", aged, rounds));
            }
        } finally {
            platform.down();
            if (beforeJar != null && Files.exists(current)) {
                Files.copy(current, jar, StandardCopyOption.REPLACE_EXISTING);
            }
            Path out = root.resolve("bench/results/revisions.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(results));
            System.out.println("wrote " + out);
        }
    }

    /** A warm-up on one member's plan, one plan aged, then young and aged revisions alternating. */
    private Map<String, Object> measure(String label, String warm, String old, String young, int aged, int rounds)
            throws IOException, InterruptedException {
        rounds(warm, 30);
        for (int i = 1; i < aged; i++) {
            revise(old);
        }
        revise(young); // the young plan has 2 versions before its first measured revision
        List<Double> youngMillis = new ArrayList<>();
        List<Double> oldMillis = new ArrayList<>();
        Map<String, Double> youngCpu = new LinkedHashMap<>();
        Map<String, Double> oldCpu = new LinkedHashMap<>();
        for (int i = 0; i < rounds; i++) {
            timed(young, youngMillis, youngCpu);
            timed(old, oldMillis, oldCpu);
        }
        Percentiles y = Percentiles.of(youngMillis.stream().mapToDouble(Double::doubleValue).toArray());
        Percentiles o = Percentiles.of(oldMillis.stream().mapToDouble(Double::doubleValue).toArray());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("after_2_versions_ms", y.json());
        json.put("after_" + aged + "_versions_ms", o.json());
        json.put("p50_ratio_aged_vs_young", Percentiles.round(o.p50() / y.p50()));
        json.put("cpu_seconds_young", youngCpu);
        json.put("cpu_seconds_aged", oldCpu);
        double youngStore = youngCpu.getOrDefault("store", 0.0) + youngCpu.getOrDefault("province-service", 0.0);
        double oldStore = oldCpu.getOrDefault("store", 0.0) + oldCpu.getOrDefault("province-service", 0.0);
        json.put("cpu_ratio_aged_vs_young_store_and_province", youngStore == 0 ? null : Percentiles.round(oldStore / youngStore));
        json.put("stored_document_bytes_aged", documentSize(old));
        json.put("stored_document_bytes_young", documentSize(young));
        System.out.printf("%s: after 2 versions %s; after %d versions %s; p50 ratio %.2f; CPU %s vs %s%n", label, y, aged, o,
                o.p50() / y.p50(), youngCpu, oldCpu);
        return json;
    }

    private Map<String, Object> rounds(String province, int n) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            revise(province);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        ApiClient.Response audit = api.get(path(province) + "/audit?limit=3", platform.token(province));
        FanOut.require(audit, 200);
        return Map.of("revisions", n, "ms", Percentiles.of(millis.stream().mapToDouble(Double::doubleValue).toArray()).json(),
                "audit_newest_first", audit.json().valueStream().map(e -> e.get("action").asString()).toList());
    }

    private void timed(String province, List<Double> millis, Map<String, Double> cpu) throws IOException {
        Map<String, Double> before = StackFootprint.cpuSeconds(data);
        long start = System.nanoTime();
        revise(province);
        millis.add((System.nanoTime() - start) / 1e6);
        StackFootprint.used(before, StackFootprint.cpuSeconds(data)).forEach((p, s) -> cpu.merge(p, s, Double::sum));
    }

    /** One revision: an edit of the activity and the derived version that publishes it. */
    private void revise(String province) {
        String token = platform.token(province);
        String plan = path(province);
        String etag = api.get(plan, token).header("ETag");
        String fields = "{\"leadUnit\":\"Sở Du lịch\",\"coordinatingUnits\":[\"Báo tỉnh\"],\"notes\":\"Lần sửa "
                + (++edits) + "\",\"justification\":\"Tỉnh tự tổ chức\"}";
        ApiClient.Response edited = api.put(plan + "/activities/" + ACTIVITY, token, fields, "If-Match", etag);
        FanOut.require(edited, 200);
        ApiClient.Response published = api.post(plan + "/versions", token, "{\"resolutions\":[]}", "If-Match",
                edited.header("ETag"));
        FanOut.require(published, 201);
    }

    /** The size of the plan as served (the stored document is of the same order). */
    private int documentSize(String province) {
        return api.get(path(province), platform.token(province)).body().length();
    }

    private static String path(String province) {
        return "/api/provinces/" + province + "/derived-plans/" + PLAN;
    }
}
