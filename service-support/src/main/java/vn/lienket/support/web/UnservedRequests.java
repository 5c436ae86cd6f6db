package vn.lienket.support.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request no endpoint serves as sent (no such path, another method, another media type, a
 * parameter missing or mistyped) is told so in the platform's words, the same as the gateway's,
 * never the framework's ("No static resource …", "Request method 'DELETE' is not supported").
 */
final class UnservedRequests {

    private static final List<Class<? extends Exception>> FRAMEWORK_REFUSALS = List.of(NoResourceFoundException.class,
            NoHandlerFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class, HttpMediaTypeNotSupportedException.class,
            MissingServletRequestParameterException.class, TypeMismatchException.class);

    private UnservedRequests() {
    }

    /** Rewords a problem the framework built, in place; the platform's own problems are left alone. */
    static void reword(ProblemDetail problem, Exception e, HttpStatusCode status, HttpServletRequest request) {
        boolean ours = problem.getType() != null && !problem.getType().equals(URI.create("about:blank"));
        if (ours || FRAMEWORK_REFUSALS.stream().noneMatch(type -> type.isInstance(e))) {
            return; // a problem a service raised itself says what it means already
        }
        String path = request.getRequestURI();
        String call = request.getMethod() + " " + path;
        problem.setType(URI.create("urn:lienket:problem:" + slug(status)));
        problem.setInstance(URI.create(path));
        problem.setDetail(detail(e, call, path));
        if (e instanceof MissingServletRequestParameterException missing) {
            problem.setProperty("field", missing.getParameterName());
        } else if (e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            problem.setProperty("field", mismatch.getPropertyName());
        }
    }

    private static String detail(Exception e, String call, String path) {
        if (e instanceof HttpRequestMethodNotSupportedException notAllowed) {
            return call + " is not served; " + path + " allows " + (notAllowed.getSupportedHttpMethods() == null
                    ? "no method"
                    : notAllowed.getSupportedHttpMethods().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")));
        }
        if (e instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
            return call + " answers only " + MediaType.toString(notAcceptable.getSupportedMediaTypes());
        }
        if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
            return call + " takes a body of " + MediaType.toString(unsupported.getSupportedMediaTypes())
                    + (unsupported.getContentType() == null ? "" : ", not " + unsupported.getContentType());
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return "The query parameter '" + missing.getParameterName() + "' is required";
        }
        if (e instanceof TypeMismatchException mismatch) {
            return "'" + mismatch.getPropertyName() + "' has a value of the wrong type: '" + mismatch.getValue() + "'";
        }
        return "There is no such resource: " + call;
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
}
