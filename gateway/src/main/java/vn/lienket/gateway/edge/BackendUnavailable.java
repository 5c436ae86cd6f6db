package vn.lienket.gateway.edge;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a request its backend cannot answer (down, too slow, or
 * the breaker open): 503 with {@code Retry-After}, never a hang.
 */
@RestController
class BackendUnavailable {

    @RequestMapping("/unavailable/{route}")
    Mono<Void> unavailable(@PathVariable String route, ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Retry-After", "5");
        return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "backend-unavailable",
                route + " is not answering; try again shortly");
    }
}
