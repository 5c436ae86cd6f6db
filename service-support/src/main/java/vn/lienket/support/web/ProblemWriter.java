package vn.lienket.support.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Builds problem details; also writes them where no controller advice runs (the security filters). */
public final class ProblemWriter {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:lienket:problem:" + slug));
        problem.setTitle(title);
        return problem;
    }

    public static void write(HttpServletResponse response, HttpStatus status, String slug, String title, String detail)
            throws IOException {
        write(response, status, slug, title, detail, Map.of());
    }

    /** As above, with the problem type's own properties (e.g. {@code successor}, {@code effectiveOn}) after the standard ones. */
    public static void write(HttpServletResponse response, HttpStatus status, String slug, String title, String detail,
                             Map<String, ?> properties) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:lienket:problem:" + slug);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        new TreeMap<>(properties).forEach(body::putIfAbsent);
        response.setStatus(status.value());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(MAPPER.writeValueAsString(body));
    }
}
