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
 * plain reverse proxy in front of the same service. Each target gets a warm-up, then a timed run.
 */
final class GatewayThroughput {

    record Result(String target, double requestsPerSecond, Percentiles latency, long errors) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String path;
    private final String token;
    private final int clients;
    private final Duration warmup;
    private final Duration measured;

    GatewayThroughput(String path, String token, int clients, Duration warmup, Duration measured) {
        this.path = path;
        this.token = token;
        this.clients = clients;
        this.warmup = warmup;
        this.measured = measured;
    }

    Result run(String target, String base) throws Exception {
        load(base, warmup);
        List<double[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long elapsed = load(base, measured, perClient, errors);
        int total = perClient.stream().mapToInt(a -> a.length).sum();
        double[] all = new double[total];
        int at = 0;
        for (double[] latencies : perClient) {
            System.arraycopy(latencies, 0, all, at, latencies.length);
            at += latencies.length;
        }
        Result result = new Result(target, total / (elapsed / 1e9), Percentiles.of(all), errors.get());
        System.out.printf("%-16s %8.0f req/s  %s  errors=%d%n", target, result.requestsPerSecond(), result.latency(), errors.get());
        return result;
    }

    private void load(String base, Duration duration) throws Exception {
        load(base, duration, new ArrayList<>(), new AtomicLong());
    }

    private long load(String base, Duration duration, List<double[]> latencies, AtomicLong errors) throws Exception {
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
        return json;
    }
}
