package vn.lienket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The resident memory of each process of a running stack, from its pid file and /proc. */
final class StackFootprint {

    static final List<String> PROCESSES = List.of("kafka", "store", "mail", "smsc", "identity", "plan-service",
            "province-service", "notification-service", "gateway");

    /** Process name to resident set size in MiB. */
    static Map<String, Double> residentMiB(Path dataDir) throws IOException {
        Map<String, Double> rss = new LinkedHashMap<>();
        for (String name : PROCESSES) {
            String pid = Files.readString(dataDir.resolve("run/" + name + ".pid")).strip();
            String status = Files.readString(Path.of("/proc", pid, "status"));
            long kib = status.lines().filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElseThrow();
            rss.put(name, Percentiles.round(kib / 1024.0));
        }
        return rss;
    }
}
