package vn.lienket.support.web;

import java.util.List;
import java.util.Map;

import com.mongodb.MongoSocketException;
import jakarta.validation.ConstraintViolationException;
import com.mongodb.MongoTimeoutException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import vn.lienket.support.security.DeniedRequests;
import vn.lienket.support.store.ConcurrentUpdateException;

/** Every error a service answers is {@code application/problem+json}, naming the field where there is one. */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    /** The part every upload of the platform carries its document in (plan and derived-plan imports). */
    static final String UPLOAD_PART = "file";

    private final DeniedRequests denied;

    ProblemResponses(DeniedRequests denied) {
        this.denied = denied;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException e, HttpServletRequest request) {
        if (e.status() == HttpStatus.FORBIDDEN) {
            denied.record(request, 403, e.getMessage());
        }
        ProblemDetail problem = ProblemWriter.problem(e.status(), e.slug(), e.status().getReasonPhrase(), e.getMessage());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return respond(e.status(), problem);
    }

    @ExceptionHandler(ConcurrentUpdateException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrentUpdateException e) {
        return respond(HttpStatus.CONFLICT, ProblemWriter.problem(HttpStatus.CONFLICT, "conflict",
                "Changed meanwhile", e.getMessage() + "; read it again and retry"));
    }

    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException e) {
        log.warn("Store unavailable: {}", e.toString());
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.SERVICE_UNAVAILABLE, StoreOutages.SLUG,
                StoreOutages.TITLE, StoreOutages.DETAIL);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, StoreOutages.RETRY_AFTER_SECONDS)
                .header(HttpHeaders.CONTENT_TYPE, ProblemWriter.MEDIA_TYPE)
                .body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidParameter(ConstraintViolationException e) {
        List<Map<String, Object>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.<String, Object>of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                errors.isEmpty() ? "The request is invalid" : errors.get(0).get("field") + " " + errors.get(0).get("message"));
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        problem.setProperty("errors", errors);
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    /**
     * A multipart body that cannot be parsed (no boundary, cut off): 400 on the upload's part. An
     * upload over the multipart limits is {@link #handleMaxUploadSizeExceededException}'s.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedUpload(MultipartException e) {
        String detail = "The upload is not a readable multipart/form-data body; send the document in the part '"
                + UPLOAD_PART + "'";
        return respond(HttpStatus.BAD_REQUEST, fieldProblem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                detail, UPLOAD_PART));
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Anything unforeseen is still a problem response, logged with its cause; its details stay in the log. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.web.ErrorResponse) {
            throw e; // answered by the security filters and the base class
        }
        log.error("Unexpected failure", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, ProblemWriter.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "Internal error", "The request failed unexpectedly; the service log has the cause"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.<String, Object>of("field", f.getField(),
                        "message", f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage()))
                .toList();
        String first = errors.isEmpty() ? null : (String) errors.get(0).get("field");
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                first == null ? "The request is invalid" : first + " " + errors.get(0).get("message"));
        if (first != null) {
            problem.setProperty("field", first);
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().header(HttpHeaders.CONTENT_TYPE, ProblemWriter.MEDIA_TYPE).body(problem);
    }

    /**
     * An upload over {@code spring.servlet.multipart.max-file-size} or {@code max-request-size}: 413
     * {@code document-too-large} on the part {@code file}, the problem a document's reader gives
     * for one over its own limit ({@code DocumentRefused.Reason.TOO_LARGE}).
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        String detail = e.getMaxUploadSize() > 0
                ? "The upload is over the " + e.getMaxUploadSize() + " bytes a document may have"
                : "The upload is over the size a document may have";
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONTENT_TYPE, ProblemWriter.MEDIA_TYPE)
                .body(fieldProblem(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "Document too large", detail,
                        UPLOAD_PART));
    }

    /** A multipart request without the part the endpoint reads: 400 naming it. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        String part = e.getRequestPartName();
        return ResponseEntity.badRequest().header(HttpHeaders.CONTENT_TYPE, ProblemWriter.MEDIA_TYPE)
                .body(fieldProblem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                        "The multipart part '" + part + "' is required", part));
    }

    private static ProblemDetail fieldProblem(HttpStatus status, String slug, String title, String detail, String field) {
        ProblemDetail problem = ProblemWriter.problem(status, slug, title, detail);
        problem.setProperty("field", field);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = fieldOf(e);
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed body",
                field == null ? "The body is not valid JSON of the expected shape"
                        : field + " has a value of the wrong type or is not allowed");
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().header(HttpHeaders.CONTENT_TYPE, ProblemWriter.MEDIA_TYPE).body(problem);
    }

    /** The framework's own refusals (no such path, method, media type, parameter) reworded in the platform's terms. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse error) {
            body = error.getBody();
        }
        if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servlet) {
            UnservedRequests.reword(problem, e, status, servlet.getRequest());
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static String fieldOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : json.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, ProblemWriter.MEDIA_TYPE).body(problem);
    }
}
