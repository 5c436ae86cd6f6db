package vn.lienket.gateway.edge;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The gateway's own answers, as RFC 9457 problems like every service's. */
public final class Problems {

    private Problems() {
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String detail) {
        return write(exchange, status, slug, status.getReasonPhrase(), detail, Map.of());
    }

    /** As above, with a title of its own and the problem type's own properties after the standard ones. */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String title, String detail,
                                   Map<String, String> properties) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().set("Content-Type", "application/problem+json");
        StringBuilder body = new StringBuilder("{\"type\":\"urn:lienket:problem:").append(slug).append("\",\"title\":\"")
                .append(json(title)).append("\",\"status\":").append(status.value()).append(",\"detail\":\"")
                .append(json(detail)).append("\",\"instance\":\"").append(json(exchange.getRequest().getPath().value()))
                .append('"');
        new TreeMap<>(properties).forEach((name, value) -> body.append(",\"").append(json(name)).append("\":\"")
                .append(json(value)).append('"'));
        body.append('}');
        DataBuffer buffer = response.bufferFactory().wrap(body.toString().getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\p{Cntrl}", "");
    }
}
