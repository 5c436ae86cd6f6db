package vn.lienket.gateway.edge;

import java.util.Locale;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A body over {@code lienket.gateway.max-body-size} is 413 and never relayed; an upload
 * ({@code multipart/form-data}) may be up to {@code max-upload-size}, and over it the 413 is
 * {@code document-too-large}, naming {@code file}, as the services answer it. A body whose length
 * is not declared up front (chunked) is 411: the gateway relays bodies as they stream, so it must
 * know the size before the first byte goes on.
 *
 * <p>A client that sends {@code Expect: 100-continue} is answered at once and never sends the body.
 * One that does not (Python's urllib, many scripts) writes the whole body before it
 * reads: closing on it unread resets the connection and the 413 is lost. So a body up to
 * {@code max-drain-size} is read and dropped first, for at most {@code max-drain-time}; past either
 * bound the answer goes out and the connection closes, so nobody can hold the gateway busy.
 */
@Component
@Order(-200) // before authentication: a huge body is refused without being relayed
public class BodyLimit implements WebFilter {

    private final EdgeProperties properties;

    BodyLimit(EdgeProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var headers = exchange.getRequest().getHeaders();
        long length = headers.getContentLength();
        MediaType type = headers.getContentType();
        boolean upload = type != null && MediaType.MULTIPART_FORM_DATA.includes(type);
        long max = upload ? properties.maxUploadSize().toBytes() : properties.maxBodySize().toBytes();
        if (length > max) {
            Mono<Void> answer = Mono.defer(() -> upload
                    ? Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "Document too large",
                            "The upload has " + megabytes(length) + "; a document of at most " + megabytes(max)
                                    + " is taken", Map.of("field", "file"))
                    : Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                            "The body has " + length + " bytes; at most " + max + " are taken"));
            return drainable(exchange, length, upload) ? drain(exchange, upload).then(answer) : closing(exchange, answer);
        }
        HttpMethod method = exchange.getRequest().getMethod();
        boolean mayHaveBody = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        if (mayHaveBody && length < 0 && headers.containsHeader("Transfer-Encoding")) {
            return Problems.write(exchange, HttpStatus.LENGTH_REQUIRED, "length-required",
                    "Send the body with a Content-Length");
        }
        if (mayHaveBody && length < 0) {
            // a POST without a body (curl -X POST …/apply): relayed as one of length 0, not chunked,
            // which the services would refuse as a body of unknown length
            return chain.filter(exchange.mutate().request(r -> r.headers(h -> h.setContentLength(0))).build());
        }
        return chain.filter(exchange);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * An upload is drained up to {@code max-upload-drain-size} whether or not it asked to continue
     * (reading it tells it to), so that a person who picked a 200 MB file reads why it was refused;
     * only one with a bearer token, so that nobody without one can keep the gateway reading.
     */
    private boolean drainable(ServerWebExchange exchange, long length, boolean upload) {
        if (upload) {
            String authorization = exchange.getRequest().getHeaders().getFirst("Authorization");
            boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            return bearer && length <= properties.maxUploadDrainSize().toBytes();
        }
        String expect = exchange.getRequest().getHeaders().getFirst("Expect");
        return length <= properties.maxDrainSize().toBytes() && (expect == null || !expect.equalsIgnoreCase("100-continue"));
    }

    /** Reads the body to its end and drops it; a client too slow to send it in time is answered anyway. */
    private Mono<Void> drain(ServerWebExchange exchange, boolean upload) {
        return exchange.getRequest().getBody()
                .doOnNext(DataBufferUtils::release)
                .then()
                .timeout(upload ? properties.maxUploadDrainTime() : properties.maxDrainTime())
                .onErrorResume(e -> closing(exchange, Mono.empty()));
    }

    private static Mono<Void> closing(ServerWebExchange exchange, Mono<Void> answer) {
        exchange.getResponse().getHeaders().set("Connection", "close");
        return answer;
    }
}
