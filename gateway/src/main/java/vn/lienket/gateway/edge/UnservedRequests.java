package vn.lienket.gateway.edge;

import java.net.URI;
import java.util.List;
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
import org.springframework.web.reactive.resource.NoResourceFoundException;
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

    /** Only these are reworded; any other error keeps the words it was raised with. */
    private static final List<Class<? extends Exception>> FRAMEWORK_REFUSALS = List.of(NoResourceFoundException.class,
            MethodNotAllowedException.class, NotAcceptableStatusException.class,
            UnsupportedMediaTypeStatusException.class, MissingRequestValueException.class);

    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                                   HttpStatusCode status, ServerWebExchange exchange) {
        if (body == null && e instanceof ErrorResponse error) {
            body = error.getBody(); // what the base class would answer, before it goes out in framework words
        }
        boolean refusal = FRAMEWORK_REFUSALS.stream().anyMatch(type -> type.isInstance(e));
        if (refusal && body instanceof ProblemDetail problem
                && (problem.getType() == null || problem.getType().equals(URI.create("about:blank")))) {
            String request = exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value();
            problem.setType(URI.create("urn:lienket:problem:" + slug(status)));
            problem.setDetail(detail(e, request));
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        }
        return super.handleExceptionInternal(e, body, headers, status, exchange);
    }

    private static String slug(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "invalid-input";
        };
    }

    private static String detail(Exception e, String request) {
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
        return "There is no such resource: " + request;
    }

    private static String notAllowedPath(String request) {
        return request.substring(request.indexOf(' ') + 1);
    }
}
