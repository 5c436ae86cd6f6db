package vn.lienket.support.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body over {@code lienket.web.max-body-size} (1 MB) is 413 before it is read, whoever sends it;
 * a body without a declared length (chunked) is 411. The gateway applies the same limits; this
 * holds for calls that bypass it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodyLimit extends OncePerRequestFilter {

    private final long max;

    BodyLimit(@Value("${lienket.web.max-body-size:1MB}") DataSize max) {
        this.max = max.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > max) {
            ProblemWriter.write(response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Body too large",
                    "The body has " + length + " bytes; at most " + max + " are taken");
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            ProblemWriter.write(response, HttpStatus.LENGTH_REQUIRED, "length-required", "Length required",
                    "Send the body with a Content-Length");
            return;
        }
        chain.doFilter(request, response);
    }
}
