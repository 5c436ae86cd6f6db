package vn.lienket.province.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
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
 * answered 413 {@code document-too-large} on {@code file}, ahead of the service's general body
 * limit (which would answer a problem naming no field), and nothing of it is kept.
 *
 * <p>The client is still sending (Tomcat tells even one that asked to continue to go on), and
 * Tomcat would swallow 2 MB of the rest and reset the connection, so the client would see the
 * reset instead of the problem. So up to {@code lienket.documents.max-drain-size} (256 MB) is read
 * and dropped first, for at most {@code lienket.documents.max-drain-time} (10 s), on this route
 * only; past either bound the answer goes out and the connection closes. plan-service's imports
 * do the same.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit extends OncePerRequestFilter {

    private static final Pattern IMPORTS = Pattern.compile("/api/provinces/[^/]+/derived-plans/[^/]+/imports/?");

    private final long max;
    private final long maxDrain;
    private final Duration maxDrainTime;

    UploadLimit(@Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize max,
                @Value("${lienket.documents.max-drain-size:256MB}") DataSize maxDrain,
                @Value("${lienket.documents.max-drain-time:10s}") Duration maxDrainTime) {
        this.max = max.toBytes();
        this.maxDrain = maxDrain.toBytes();
        this.maxDrainTime = maxDrainTime;
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
            if (!drained(request, length)) {
                response.setHeader("Connection", "close");
            }
            ApiException refused = DocumentProblems.refused(new DocumentRefused(DocumentRefused.Reason.TOO_LARGE,
                    "The upload has " + length + " bytes; a document may have at most " + max));
            ProblemWriter.write(response, refused.status(), refused.slug(), "Document too large", refused.getMessage(),
                    Map.of("field", refused.field(), "errors", refused.errors()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Reads and drops the body within the bounds. */
    private boolean drained(HttpServletRequest request, long length) {
        if (length > maxDrain) {
            return false;
        }
        long deadline = System.nanoTime() + maxDrainTime.toNanos();
        byte[] sink = new byte[256 * 1024];
        try {
            InputStream body = request.getInputStream();
            while (body.read(sink) >= 0) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false; // the client went away or stalled
        }
    }
}
