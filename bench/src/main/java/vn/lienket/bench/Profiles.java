package vn.lienket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a running service spends its CPU while a benchmark runs: a Java Flight Recorder recording
 * started and stopped in the process with {@code jcmd} (no restart, no agent), summarised as the
 * share of CPU samples by thread, by the method on top of the stack, and by the first method of
 * the platform's own code on the stack; plus the GC pauses in the recording.
 */
final class Profiles {

    private static final int TOP = 8;

    /** A recording in progress in one process of the stack. */
    record Recording(String process, String pid, Path file) {

        /** Stops the recording, which writes it to {@code file}, and summarises it. */
        Map<String, Object> stop() throws IOException, InterruptedException {
            jcmd(pid, "JFR.stop", "name=bench");
            return summarise(file);
        }
    }

    private Profiles() {
    }

    /** Starts a recording with JFR's "profile" settings (20 ms execution samples) in the stack's process. */
    static Recording start(Path dataDir, String process, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String pid = Files.readString(dataDir.resolve("run/" + process + ".pid")).strip();
        Path file = dir.resolve(process + ".jfr").toAbsolutePath();
        Files.deleteIfExists(file);
        jcmd(pid, "JFR.start", "name=bench", "settings=profile", "filename=" + file);
        return new Recording(process, pid, file);
    }

    static Map<String, Object> summarise(Path file) throws IOException {
        Map<String, Integer> byThread = new HashMap<>();
        Map<String, Integer> byTopFrame = new HashMap<>();
        Map<String, Integer> byOwnFrame = new HashMap<>();
        int samples = 0;
        int gcs = 0;
        Duration gcPauses = Duration.ZERO;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcs++;
                gcPauses = gcPauses.plus(event.getDuration("sumOfPauses"));
            }
            if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            byThread.merge(threadGroup(event.getThread("sampledThread").getJavaName()), 1, Integer::sum);
            RecordedStackTrace stack = event.getStackTrace();
            List<RecordedFrame> frames = stack.getFrames();
            if (!frames.isEmpty()) {
                byTopFrame.merge(name(frames.get(0)), 1, Integer::sum);
            }
            String own = frames.stream().map(Profiles::name).filter(n -> n.startsWith("vn.lienket.")).findFirst()
                    .orElse("(none of the platform's code on the stack)");
            byOwnFrame.merge(own, 1, Integer::sum);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("cpu_samples", samples);
        summary.put("by_thread", shares(byThread, samples));
        summary.put("by_top_frame", shares(byTopFrame, samples));
        summary.put("by_first_own_frame", shares(byOwnFrame, samples));
        summary.put("gc_count", gcs);
        summary.put("gc_pause_ms", gcPauses.toMillis());
        return summary;
    }

    /** The top entries as name to percentage of the samples. */
    private static Map<String, Double> shares(Map<String, Integer> counts, int total) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP).collect(Collectors.toMap(Map.Entry::getKey,
                        e -> Percentiles.round(100.0 * e.getValue() / Math.max(1, total)), (a, b) -> a, LinkedHashMap::new));
    }

    /** Threads of one pool counted together: {@code http-nio-8082-exec-7} as {@code http-nio-8082-exec-#}. */
    static String threadGroup(String thread) {
        return thread == null ? "(unnamed)" : thread.replaceAll("\\d+", "#");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void jcmd(String pid, String... command) throws IOException, InterruptedException {
        List<String> args = new java.util.ArrayList<>(List.of("jcmd", pid));
        args.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0 || out.contains("Could not") || out.contains("rror")) {
            throw new IllegalStateException(String.join(" ", args) + ": " + out);
        }
    }
}
