package vn.lienket.gateway.edge;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Notes the authenticated caller (client and tenant) on the exchange, for the filters that run
 * outside Spring Security's context (the access log) or after it (the rate limits).
 */
@Component
@Order(-50) // just after authentication (-100)
public class Callers implements WebFilter {

    static final String CLIENT = Callers.class.getName() + ".client";
    static final String TENANT = Callers.class.getName() + ".tenant";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(JwtAuthenticationToken.class::cast)
                .doOnNext(token -> {
                    exchange.getAttributes().put(CLIENT, token.getToken().getSubject());
                    String tenant = token.getToken().getClaimAsString("tenant");
                    if (tenant != null) {
                        exchange.getAttributes().put(TENANT, tenant);
                    }
                })
                .then(chain.filter(exchange));
    }

    static Optional<String> client(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(CLIENT));
    }

    static Optional<String> tenant(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(TENANT));
    }
}
