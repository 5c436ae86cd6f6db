package vn.lienket.province.documents;

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
import vn.lienket.documents.DocumentRefused;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.ProblemWriter;

/**
 * An upload to {@code POST …/imports} whose declared length is over the multipart limit is
 * answered 413 {@code document-too-large} on {@code file} before a byte of it is read, ahead of the
 * service's general body limit (which would answer a problem naming no field). Tomcat then drops
 * the rest of the body, up to {@code server.tomcat.max-swallow-size}, so the client reads the answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit extends OncePerRequestFilter {

    private static final Pattern IMPORTS = Pattern.compile("/api/provinces/[^/]+/derived-plans/[^/]+/imports/?");

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
            ApiException refused = DocumentProblems.refused(new DocumentRefused(DocumentRefused.Reason.TOO_LARGE,
                    "The upload has " + length + " bytes; a document may have at most " + max));
            ProblemWriter.write(response, refused.status(), refused.slug(), "Document too large", refused.getMessage(),
                    Map.of("field", refused.field(), "errors", refused.errors()));
            return;
        }
        chain.doFilter(request, response);
    }
}
