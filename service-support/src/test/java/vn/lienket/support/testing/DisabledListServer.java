package vn.lienket.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

/**
 * The identity provider's {@code /oauth2/disabled} as a test sets it: the subjects it lists and
 * the status it answers (a 5xx for an identity provider that cannot answer). On a loopback port.
 */
public final class DisabledListServer implements AutoCloseable {

    private final AtomicReference<String> listed = new AtomicReference<>("{\"subjects\":[]}");
    private final AtomicInteger status = new AtomicInteger(200);
    private final HttpServer server;

    public DisabledListServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/oauth2/disabled", exchange -> {
            byte[] body = listed.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Lists these subjects from now on. */
    public void disable(String... subjects) {
        listed.set("{\"subjects\":[" + String.join(",", Arrays.stream(subjects).map(s -> "\"" + s + "\"").toList()) + "]}");
    }

    /** Answers this status from now on (with the last list as body). */
    public void answer(int httpStatus) {
        status.set(httpStatus);
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/disabled";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
