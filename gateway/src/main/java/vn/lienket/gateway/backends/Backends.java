package vn.lienket.gateway.backends;

import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spreads the requests of a route whose URI is {@code lb://NAME} over the instances of NAME
 * ({@link BackendProperties}), in turn. A connection an instance refuses (it is stopped or killed)
 * never reached a service, so the request goes to the next instance whatever its method; the
 * refusing one is tried last for a while, then in its turn again, and so is back once it answers.
 * Only when every instance refuses does the error reach the route's circuit breaker (a 503), as
 * with one instance. Runs after the route's own filters (the breaker wraps the attempts) and just
 * before the request is relayed.
 */
@Component
public class Backends implements GlobalFilter, Ordered {

    /** Where Spring Cloud's own load balancer filter runs: after the request URL is set, before it is relayed. */
    static final int ORDER = RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER + 150;
    private static final Logger log = LoggerFactory.getLogger(Backends.class);

    private final Map<String, Pool> pools;

    Backends(BackendProperties properties) {
        long skipNanos = properties.skipRefusedFor().toNanos();
        this.pools = properties.instances().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> new Pool(e.getKey(), e.getValue(), skipNanos)));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        URI url = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
        if (url == null || !"lb".equals(url.getScheme())) {
            return chain.filter(exchange);
        }
        Pool pool = pools.get(url.getHost());
        if (pool == null) {
            return Mono.error(new IllegalStateException("No instances configured for " + url.getHost()));
        }
        return attempt(exchange, chain, url, pool.order(System.nanoTime()), 0);
    }

    private Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, URI url, Instance[] order, int i) {
        Instance instance = order[i];
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR, instance.resolve(url));
        return chain.filter(exchange).onErrorResume(Backends::refused, e -> {
            instance.refused(System.nanoTime());
            if (i + 1 >= order.length || exchange.getResponse().isCommitted()) {
                return Mono.error(e);
            }
            log.warn("{} refused the connection; trying {}", instance.origin, order[i + 1].origin);
            ServerWebExchangeUtils.reset(exchange);
            return attempt(exchange, chain, url, order, i + 1);
        });
    }

    /** A connection that was never made (refused, or not accepted in time): nothing reached the service. */
    static boolean refused(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** The instances of one backend and whose turn it is. */
    static final class Pool {

        private final Instance[] instances;
        private final AtomicInteger next = new AtomicInteger();

        Pool(String name, List<URI> uris, long skipNanos) {
            if (uris.isEmpty()) {
                throw new IllegalArgumentException("lienket.backends.instances." + name + " names no instance");
            }
            this.instances = uris.stream().map(u -> new Instance(u, skipNanos)).toArray(Instance[]::new);
        }

        /** Every instance once, starting with the next in turn; those that refused lately last. */
        Instance[] order(long now) {
            int n = instances.length;
            if (n == 1) {
                return instances;
            }
            int start = Math.floorMod(next.getAndIncrement(), n);
            List<Instance> answering = new ArrayList<>(n);
            List<Instance> refusing = new ArrayList<>(1);
            for (int k = 0; k < n; k++) {
                Instance instance = instances[(start + k) % n];
                (instance.skipped(now) ? refusing : answering).add(instance);
            }
            answering.addAll(refusing);
            return answering.toArray(Instance[]::new);
        }
    }

    /** One instance: its origin, and until when it is tried last. */
    static final class Instance {

        final String origin;
        private final long skipNanos;
        private volatile long refusedAt;
        private volatile boolean refusing;

        Instance(URI uri, long skipNanos) {
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                throw new IllegalArgumentException("A backend instance is a base URI such as http://host:8081, not " + uri);
            }
            this.origin = uri.getScheme() + "://" + uri.getRawAuthority();
            this.skipNanos = skipNanos;
        }

        boolean skipped(long now) {
            return refusing && now - refusedAt < skipNanos;
        }

        void refused(long now) {
            refusedAt = now;
            refusing = true;
        }

        /** The request's path and query on this instance, as encoded as they came. */
        URI resolve(URI url) {
            String query = url.getRawQuery();
            String path = url.getRawPath() == null ? "" : url.getRawPath();
            return URI.create(query == null ? origin + path : origin + path + '?' + query);
        }
    }
}
