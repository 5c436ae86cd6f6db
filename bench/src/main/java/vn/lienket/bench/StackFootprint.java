package vn.lienket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resident memory and CPU time of each process of a running stack, from its pid file and /proc.
 * Resident memory is given twice: the resident set of each process (VmRSS), which counts in full
 * the pages it shares with the others (the JDK's code and its class-data archive, mapped by every
 * JVM), and its proportional share of them (Pss): their sum is what the stack holds of the
 * machine's memory.
 */
final class StackFootprint {

    static final List<String> PROCESSES = List.of("kafka", "store", "mail", "smsc", "identity", "plan-service",
            "province-service", "notification-service", "gateway", "console");

    /** Process name to resident set size in MiB. */
    static Map<String, Double> residentMiB(Path dataDir) throws IOException {
        return kibFieldInMiB(dataDir, "status", "VmRSS:");
    }

    /** Process name to proportional set size in MiB (shared pages divided among the processes mapping them). */
    static Map<String, Double> proportionalMiB(Path dataDir) throws IOException {
        return kibFieldInMiB(dataDir, "smaps_rollup", "Pss:");
    }

    /** One field of each process's /proc/PID/{file}, given there in kB, in MiB. */
    private static Map<String, Double> kibFieldInMiB(Path dataDir, String file, String field) throws IOException {
        Map<String, Double> mib = new LinkedHashMap<>();
        for (String name : PROCESSES) {
            String pid = Files.readString(dataDir.resolve("run/" + name + ".pid")).strip();
            long kib = Files.readString(Path.of("/proc", pid, file)).lines().filter(l -> l.startsWith(field))
                    .map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElseThrow();
            mib.put(name, Percentiles.round(kib / 1024.0));
        }
        return mib;
    }

    /** Process name to CPU seconds used so far (user and system), from /proc/PID/stat at 100 ticks a second. */
    static Map<String, Double> cpuSeconds(Path dataDir) throws IOException {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (String name : PROCESSES) {
            String pid = Files.readString(dataDir.resolve("run/" + name + ".pid")).strip();
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // fields after the command name, which is in parentheses and may hold spaces: utime is the 12th, stime the 13th
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            cpu.put(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0);
        }
        return cpu;
    }

    /** The CPU seconds each process used between two readings of {@link #cpuSeconds}. */
    static Map<String, Double> used(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> used.put(name, Percentiles.round(seconds - before.getOrDefault(name, 0.0))));
        return used;
    }
}
