package vn.lienket.plan.documents;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.ProblemWriter;

/**
 * An upload to {@code POST …/plan-imports} whose declared length is over the multipart limit
 * ({@code spring.servlet.multipart.max-request-size}) is answered 413 {@code document-too-large} on
 * the field {@code file} before a byte of it is read, ahead of the service's general body limit. A
 * client that asked to continue sends nothing more; one that did not is still sending: Tomcat reads
 * and drops the rest, up to {@code server.tomcat.max-swallow-size}, so that it reads the answer
 * instead of a reset connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit extends OncePerRequestFilter {

    private static final Pattern IMPORTS = Pattern.compile("/api/programmes/[^/]+/plan-imports/?");

    private final long max;

    UploadLimit(@Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize max) {
        this.max = max.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !IMPORTS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > max) {
            ApiException refused = DocumentProblems.tooLarge(length, max);
            ProblemWriter.write(response, refused.status(), refused.slug(), refused.status().getReasonPhrase(),
                    refused.getMessage(), Map.of("field", refused.field(), "errors", refused.errors()));
            return;
        }
        chain.doFilter(request, response);
    }
}
