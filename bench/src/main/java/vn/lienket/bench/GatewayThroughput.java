package vn.lienket.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The same authorised read, closed-loop from a fixed number of clients, three ways in one run:
 * straight to province-service, through the gateway, and through nginx (Debian's package) as a
 * plain reverse proxy in front of the same service. Every target is warmed up first; then they
 * are measured in turn, in short slices, round after round, each round starting with the next
 * target, so that neither the machine's drift nor the JIT's favours one of them.
 */
final class GatewayThroughput {

    /**
     * One target's figures; {@code cpuMsPerRequest} is the CPU its process used during its own
     * measured slices over the requests it answered in them (NaN when no process was named for it).
     */
    record Result(String target, double requestsPerSecond, Percentiles latency, long errors, double cpuMsPerRequest) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String path;
    private final String token;

    GatewayThroughput(String path, String token) {
        this.path = path;
        this.token = token;
    }

    /** Warms each target (name to base URL) for {@code warmup}, then measures them interleaved. */
    Map<String, Result> run(Map<String, String> targets, int clients, Duration warmup, int rounds, Duration slice)
            throws Exception {
        return run(targets, clients, warmup, rounds, slice, Map.of());
    }

    /**
     * As above, and the CPU seconds of the named targets' processes ({@code cpu}: target to a reading
     * of its process's CPU seconds so far) counted over their own slices only, so that what a process
     * spends while the others are measured is not put on its requests.
     */
    Map<String, Result> run(Map<String, String> targets, int clients, Duration warmup, int rounds, Duration slice,
                            Map<String, java.util.function.Supplier<Double>> cpu) throws Exception {
        for (String base : targets.values()) {
            load(base, clients, warmup, new ArrayList<>(), new AtomicLong());
        }
        List<String> names = new ArrayList<>(targets.keySet());
        Map<String, List<double[]>> latencies = new LinkedHashMap<>();
        Map<String, Long> elapsed = new LinkedHashMap<>();
        Map<String, AtomicLong> errors = new LinkedHashMap<>();
        Map<String, Double> cpuSeconds = new LinkedHashMap<>();
        names.forEach(name -> {
            latencies.put(name, new ArrayList<>());
            elapsed.put(name, 0L);
            errors.put(name, new AtomicLong());
        });
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((round + i) % names.size());
                var meter = cpu.get(name);
                double before = meter == null ? 0 : meter.get();
                elapsed.merge(name, load(targets.get(name), clients, slice, latencies.get(name), errors.get(name)), Long::sum);
                if (meter != null) {
                    cpuSeconds.merge(name, meter.get() - before, Double::sum);
                }
            }
        }
        Map<String, Result> results = new LinkedHashMap<>();
        for (String name : names) {
            double[] all = latencies.get(name).stream().flatMapToDouble(java.util.Arrays::stream).toArray();
            double cpuMs = cpuSeconds.containsKey(name) ? cpuSeconds.get(name) * 1000 / Math.max(1, all.length) : Double.NaN;
            Result result = new Result(name, all.length / (elapsed.get(name) / 1e9), Percentiles.of(all),
                    errors.get(name).get(), cpuMs);
            System.out.printf("%2d client(s) %-16s %8.0f req/s  %s  errors=%d%s%n", clients, name,
                    result.requestsPerSecond(), result.latency(), result.errors(),
                    Double.isNaN(cpuMs) ? "" : String.format("  cpu=%.2f ms/request", cpuMs));
            results.put(name, result);
        }
        return results;
    }

    /** {@code clients} closed loops for {@code duration}; adds each loop's latencies, returns the nanoseconds taken. */
    private long load(String base, int clients, Duration duration, List<double[]> latencies, AtomicLong errors)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).GET().build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<double[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                double[] mine = new double[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        continue;
                    }
                    if (n == mine.length) {
                        mine = java.util.Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = (System.nanoTime() - t0) / 1e6;
                }
                return java.util.Arrays.copyOf(mine, n);
            }));
        }
        for (Future<double[]> future : futures) {
            latencies.add(future.get());
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        return elapsed;
    }

    /** nginx in the foreground as a reverse proxy on {@code port} to {@code upstream}; stop it with {@link Process#destroy()}. */
    static Process nginx(Path dir, int port, String upstream) throws Exception {
        Files.createDirectories(dir.resolve("logs"));
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, """
                daemon off;
                user root;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream service { server %3$s; keepalive 64; }
                    server {
                        listen 127.0.0.1:%2$d;
                        location / {
                            proxy_pass http://service;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                        }
                    }
                }
                """.formatted(dir.toAbsolutePath(), port, upstream));
        Process nginx = new ProcessBuilder("nginx", "-p", dir.toAbsolutePath().toString(), "-c", conf.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("logs/nginx.out").toFile()).start();
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return nginx;
            } catch (IOException e) {
                if (!nginx.isAlive()) {
                    throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("logs/nginx.out")));
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    static Map<String, Object> json(Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target", result.target());
        json.put("requests_per_second", Percentiles.round(result.requestsPerSecond()));
        json.put("latency", result.latency().json());
        json.put("errors", result.errors());
        if (!Double.isNaN(result.cpuMsPerRequest())) {
            json.put("cpu_ms_per_request_in_own_slices", Percentiles.round(result.cpuMsPerRequest()));
        }
        return json;
    }
}
