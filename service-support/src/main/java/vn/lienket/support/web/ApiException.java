package vn.lienket.support.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** A request the service refuses, with what a caller needs to fix it. Nothing was written. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String field;
    private final List<Map<String, Object>> errors;

    public ApiException(HttpStatus status, String slug, String detail, String field, List<Map<String, Object>> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.field = field;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException invalid(String field, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-input", detail, field,
                List.of(Map.of("field", field, "message", detail)));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", detail, null, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", detail, null, null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", detail, null, null);
    }

    public static ApiException unprocessable(String detail, List<Map<String, Object>> errors) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable", detail, null, errors);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String field() {
        return field;
    }

    public List<Map<String, Object>> errors() {
        return errors;
    }
}
