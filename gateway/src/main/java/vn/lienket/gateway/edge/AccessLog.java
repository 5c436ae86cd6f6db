package vn.lienket.gateway.edge;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON line per request on the {@code lienket.access} logger: request id, trace id, client,
 * tenant, method, path, route, status and latency in milliseconds. The request and trace ids are
 * also in the logging context while the line is written, so the structured log (or the text
 * line's correlation) names them as every service's lines do.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class AccessLog implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("lienket.access");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> {
            MDC.put("requestId", RequestIds.of(exchange));
            MDC.put("traceId", RequestIds.traceIdOf(exchange));
            try {
                log.info(line(exchange, start));
            } finally {
                MDC.remove("requestId");
                MDC.remove("traceId");
            }
        });
    }

    private static String line(ServerWebExchange exchange, long start) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("requestId", RequestIds.of(exchange));
        entry.put("traceId", RequestIds.traceIdOf(exchange));
        entry.put("client", Callers.client(exchange).orElse(null));
        entry.put("tenant", Callers.tenant(exchange).orElse(null));
        entry.put("method", exchange.getRequest().getMethod().name());
        entry.put("path", exchange.getRequest().getPath().value());
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        entry.put("route", route == null ? null : route.getId());
        entry.put("status", exchange.getResponse().getStatusCode() == null ? null
                : exchange.getResponse().getStatusCode().value());
        entry.put("latencyMs", (System.nanoTime() - start) / 1_000_000.0);
        return JSON.writeValueAsString(entry);
    }
}
