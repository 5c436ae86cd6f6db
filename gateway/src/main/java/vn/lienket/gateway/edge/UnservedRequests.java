package vn.lienket.gateway.edge;

import java.net.URI;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;

/**
 * A request the gateway does not serve itself (a path no route takes, a method, a media type, a
 * missing parameter) is answered in the platform's words, as the services answer theirs, never in
 * the framework's ("No static resource …").
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnservedRequests extends ResponseEntityExceptionHandler {

    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                                   HttpStatusCode status, ServerWebExchange exchange) {
        if (body == null && e instanceof ErrorResponse error) {
            body = error.getBody(); // what the base class would answer, before it goes out in framework words
        }
        if (body instanceof ProblemDetail problem && (problem.getType() == null || problem.getType().equals(URI.create("about:blank")))) {
            String request = exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value();
            problem.setType(URI.create("urn:lienket:problem:" + slug(e, status)));
            problem.setDetail(detail(e, status, request));
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        }
        return super.handleExceptionInternal(e, body, headers, status, exchange);
    }

    private static String slug(Exception e, HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 400 -> "invalid-input";
            default -> status.is5xxServerError() ? "internal-error" : "refused";
        };
    }

    private static String detail(Exception e, HttpStatusCode status, String request) {
        if (e instanceof MethodNotAllowedException notAllowed) {
            return request + " is not served; " + notAllowedPath(request) + " allows "
                    + notAllowed.getSupportedMethods().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof NotAcceptableStatusException notAcceptable) {
            return request + " answers only " + MediaType.toString(notAcceptable.getSupportedMediaTypes());
        }
        if (e instanceof UnsupportedMediaTypeStatusException unsupported) {
            return request + " takes a body of " + MediaType.toString(unsupported.getSupportedMediaTypes())
                    + (unsupported.getContentType() == null ? "" : ", not " + unsupported.getContentType());
        }
        if (e instanceof MissingRequestValueException missing) {
            return "The " + missing.getLabel() + " '" + missing.getName() + "' is required";
        }
        if (status.value() == 404) {
            return "There is no such resource: " + request;
        }
        return status.is5xxServerError() ? "The gateway failed to answer " + request : "The gateway refused " + request;
    }

    private static String notAllowedPath(String request) {
        return request.substring(request.indexOf(' ') + 1);
    }
}
