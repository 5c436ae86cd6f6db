package vn.lienket.gateway.edge;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every request leaves the gateway with an {@code X-Request-Id} and a W3C {@code traceparent}: the
 * caller's if well formed, new ones otherwise. Services log both; the response carries the request id.
 * The gateway starts the trace of a publish: the services continue it through their outboxes and
 * Kafka to every consumer and delivery, so one publish is one trace id end to end.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds implements WebFilter {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    static final String ATTRIBUTE = RequestIds.class.getName();
    static final String TRACE_ATTRIBUTE = RequestIds.class.getName() + ".trace";
    private static final Pattern GOOD_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final Pattern GOOD_TRACEPARENT = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String requestId = request.getHeaders().getFirst(REQUEST_ID);
        if (requestId == null || !GOOD_ID.matcher(requestId).matches()) {
            requestId = randomId();
        }
        String traceparent = request.getHeaders().getFirst(TRACEPARENT);
        if (traceparent == null || !GOOD_TRACEPARENT.matcher(traceparent).matches()) {
            traceparent = "00-" + hex(16) + "-" + hex(8) + "-01";
        }
        String id = requestId;
        String trace = traceparent;
        exchange.getAttributes().put(ATTRIBUTE, id);
        exchange.getAttributes().put(TRACE_ATTRIBUTE, trace);
        exchange.getResponse().getHeaders().set(REQUEST_ID, id);
        ServerHttpRequest forwarded = request.mutate().headers(h -> {
            h.set(REQUEST_ID, id);
            h.set(TRACEPARENT, trace);
        }).build();
        return chain.filter(exchange.mutate().request(forwarded).build());
    }

    static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    /** The trace id of the {@code traceparent} the request was forwarded with. */
    static String traceIdOf(ServerWebExchange exchange) {
        String traceparent = exchange.getAttribute(TRACE_ATTRIBUTE);
        return traceparent == null ? null : traceparent.substring(3, 35);
    }

    /**
     * A version 4 UUID from the thread's own generator: a request id is no secret, and
     * {@link UUID#randomUUID()} draws on the one shared {@code SecureRandom} for every request.
     */
    static String randomId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xf000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xcL << 60)) | (0x8L << 60);
        return new UUID(high, low).toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code bytes} random bytes, none of them zero, in lower-case hex. */
    private static String hex(int bytes) {
        char[] hex = new char[bytes * 2];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < bytes; i++) {
            int b = random.nextInt(1, 256);
            hex[2 * i] = HEX[b >> 4];
            hex[2 * i + 1] = HEX[b & 0xf];
        }
        return new String(hex);
    }
}
