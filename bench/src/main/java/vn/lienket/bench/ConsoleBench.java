package vn.lienket.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.localplatform.LocalPlatform;

/**
 * How soon the console's pages are usable, on a stack of its own (ports offset by 3000): a person
 * signed in through the identity provider's form, as a browser does, then each page fetched whole
 * with its stylesheet and script, as a browser needs them before it shows the page. The pages are
 * rendered on the server with their data, so a page whose HTML and stylesheet have arrived is
 * usable. Also the weight of what a phone downloads, gzipped. Figures: bench/results/console.json.
 */
public final class ConsoleBench {

    static final Path DATA = Path.of("bench/target/platform-data");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String console;
    private final String identity;

    private ConsoleBench(String console, String identity) {
        this.console = console;
        this.identity = identity;
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("rounds", 30);
        // another offset (-Doffset) when something else holds the bench's ports
        LocalPlatform platform = new LocalPlatform(Integer.getInteger("offset", 3000), DATA.toString(), Map.of());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("measured_at", Instant.now().toString());
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version")));
        platform.down();
        platform.clean();
        try {
            platform.up();
            String consoleUrl = "http://127.0.0.1:" + platform.port(8090);
            ConsoleBench lan = new ConsoleBench(consoleUrl, platform.identity());
            lan.signIn("lan.nguyen");
            ConsoleBench minh = new ConsoleBench(consoleUrl, platform.identity());
            minh.signIn("minh.tran");
            Map<String, Object> pages = new LinkedHashMap<>();
            pages.put("board (lan.nguyen)", lan.page("/plans/350-kh-ubnd-2024/board", rounds));
            pages.put("board refresh, unchanged (304)", lan.refresh("/plans/350-kh-ubnd-2024/board/grid", rounds));
            pages.put("to-do (minh.tran)", minh.page("/", rounds));
            pages.put("derived plan (minh.tran)", minh.page("/provinces/kien-giang/plans/350-kh-ubnd-2024", rounds));
            pages.put("draft (lan.nguyen)", lan.page("/plans/350-kh-ubnd-2024/draft", rounds));
            results.put("pages", pages);
            results.put("assets", lan.assets());
        } finally {
            platform.down();
            Path out = platform.root().resolve("bench/results/console.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(results));
            System.out.println("wrote " + out);
        }
    }

    /** The page's HTML, then its stylesheet and script, as a browser without a cache asks for them. */
    private Map<String, Object> page(String path, int rounds) {
        get(path);
        get(path);
        double[] html = new double[rounds];
        double[] usable = new double[rounds];
        int bytes = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> page = get(path);
            require(page.statusCode() == 200, path, page.statusCode() + "");
            html[i] = (System.nanoTime() - start) / 1e6;
            get("/console.css");
            get("/console.js");
            usable[i] = (System.nanoTime() - start) / 1e6;
            bytes = page.body().length;
        }
        Percentiles htmlTimes = Percentiles.of(html);
        Percentiles usableTimes = Percentiles.of(usable);
        System.out.printf("%-45s html %s%n%-45s with css+js %s%n", path, htmlTimes, "", usableTimes);
        return Map.of("html", htmlTimes.json(), "html_css_js", usableTimes.json(), "html_bytes", bytes,
                "html_gzip_bytes", gzipped(get(path).body()));
    }

    /** The board's live region asked again with the ETag it has: the poll every open board makes. */
    private Map<String, Object> refresh(String path, int rounds) {
        String etag = get(path).headers().firstValue("ETag").orElseThrow();
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> poll = send(HttpRequest.newBuilder(URI.create(console + path)).header("If-None-Match", etag).build());
            require(poll.statusCode() == 304, path, poll.statusCode() + "");
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Percentiles times = Percentiles.of(millis);
        System.out.printf("%-45s 304 %s%n", path, times);
        return times.json();
    }

    private Map<String, Object> assets() {
        Map<String, Object> sizes = new LinkedHashMap<>();
        for (String asset : new String[] {"/console.css", "/console.js"}) {
            byte[] body = get(asset).body();
            sizes.put(asset, Map.of("bytes", body.length, "gzip_bytes", gzipped(body)));
            System.out.printf("%-45s %d bytes, %d gzipped%n", asset, body.length, gzipped(body));
        }
        return sizes;
    }

    /** The identity provider's form, as a person fills it, then back to the console with the code. */
    private void signIn(String login) {
        String next = console + "/";
        for (int hop = 0; hop < 10 && !next.startsWith(identity + "/login"); hop++) {
            next = location(get(next), next);
        }
        String form = new String(get(next).body(), StandardCharsets.UTF_8);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        require(csrf.find(), "sign-in", "no CSRF token on the form");
        String body = "username=" + encode(login) + "&password=" + encode(login + "-local-password") + "&_csrf=" + encode(csrf.group(1));
        next = location(send(HttpRequest.newBuilder(URI.create(identity + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()), identity + "/login");
        for (int hop = 0; hop < 10 && !next.equals(console + "/") && !next.startsWith(console + "/?"); hop++) {
            next = location(get(next), next);
        }
        require(new String(get("/").body(), StandardCharsets.UTF_8).contains(login), "sign-in", login + " not signed in");
    }

    private static String location(HttpResponse<byte[]> response, String from) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(from + " answered " + response.statusCode() + " without a redirect"));
        return URI.create(from).resolve(location).toString();
    }

    private HttpResponse<byte[]> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : console + pathOrUrl)).build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int gzipped(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void require(boolean ok, String step, String detail) {
        if (!ok) {
            throw new IllegalStateException(step + " failed: " + detail);
        }
    }
}
