package vn.lienket.gateway.edge;

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

    /** The line, written field by field (no map, no serializer for eight fields a request). */
    static String line(ServerWebExchange exchange, long start) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        var status = exchange.getResponse().getStatusCode();
        StringBuilder line = new StringBuilder(256).append('{');
        field(line, "requestId", RequestIds.of(exchange)).append(',');
        field(line, "traceId", RequestIds.traceIdOf(exchange)).append(',');
        field(line, "client", Callers.client(exchange).orElse(null)).append(',');
        field(line, "tenant", Callers.tenant(exchange).orElse(null)).append(',');
        field(line, "method", exchange.getRequest().getMethod().name()).append(',');
        field(line, "path", exchange.getRequest().getPath().value()).append(',');
        field(line, "route", route == null ? null : route.getId()).append(',');
        line.append("\"status\":").append(status == null ? "null" : String.valueOf(status.value())).append(',');
        line.append("\"latencyMs\":").append((System.nanoTime() - start) / 1_000_000.0);
        return line.append('}').toString();
    }

    private static StringBuilder field(StringBuilder line, String name, String value) {
        line.append('"').append(name).append("\":");
        if (value == null) {
            return line.append("null");
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.append('"');
    }
}
