package vn.lienket.gateway.edge;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A body over {@code lienket.gateway.max-body-size} is 413 before it is read or relayed. A body
 * whose length is not declared up front (chunked) is 411: the gateway relays bodies as they stream,
 * so it must know the size before the first byte goes on.
 */
@Component
@Order(-200) // before authentication: a huge body is refused without being read
public class BodyLimit implements WebFilter {

    private final EdgeProperties properties;

    BodyLimit(EdgeProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var headers = exchange.getRequest().getHeaders();
        long length = headers.getContentLength();
        long max = properties.maxBodySize().toBytes();
        if (length > max) {
            return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "The body has " + length + " bytes; at most " + max + " are taken");
        }
        HttpMethod method = exchange.getRequest().getMethod();
        boolean mayHaveBody = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        if (mayHaveBody && length < 0 && headers.containsHeader("Transfer-Encoding")) {
            return Problems.write(exchange, HttpStatus.LENGTH_REQUIRED, "length-required",
                    "Send the body with a Content-Length");
        }
        return chain.filter(exchange);
    }
}
