package vn.lienket.gateway.edge;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A token bucket per client: a token's subject once authenticated, the caller's address before
 * (the token endpoint). Over the limit is 429 with {@code Retry-After} in whole seconds. Buckets
 * live in this gateway's memory, and hold this gateway's share of the platform's limit
 * ({@link EdgeProperties#ownRequestsPerSecond()}, {@link EdgeProperties#ownBurst()}): with
 * {@code gateway-instances} set to the number of gateways, all of them together never let a client
 * through more than its limit, and no request waits for another gateway or a store to be counted.
 */
@Component
@Order(0) // after authentication (-100), so the client is known
public class RateLimits implements WebFilter {

    private final EdgeProperties properties;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(EdgeProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String client = Callers.client(exchange).map(c -> "client " + c).orElseGet(() -> "address " + address(exchange));
        long waitMillis = take(client, System.nanoTime());
        if (waitMillis == 0) {
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(Math.max(1, (waitMillis + 999) / 1000)));
        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "More than " + properties.requestsPerSecond() + " requests a second from " + client
                        + "; try again after Retry-After seconds");
    }

    /** 0 if a token was taken, else how long until one is there. */
    long take(String client, long nowNanos) {
        evictIdle(nowNanos);
        double burst = properties.ownBurst();
        return buckets.computeIfAbsent(client, c -> new Bucket(burst, nowNanos))
                .take(nowNanos, properties.ownRequestsPerSecond(), burst);
    }

    private void evictIdle(long nowNanos) {
        if (buckets.size() > 10_000) {
            long idle = properties.idleClientEviction().toNanos();
            buckets.values().removeIf(b -> nowNanos - b.last > idle);
        }
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private static final class Bucket {

        private double tokens;
        private long last;

        Bucket(double burst, long now) {
            this.tokens = burst;
            this.last = now;
        }

        synchronized long take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond * 1000);
        }
    }
}
