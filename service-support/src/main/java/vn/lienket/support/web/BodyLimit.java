package vn.lienket.support.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * A body over {@code lienket.web.max-body-size} (1 MB) is 413, whoever sends it; a body without a
 * declared length (chunked) is 411. An upload ({@code multipart/form-data}: a document to import)
 * may be up to {@code lienket.web.max-upload-size} (21 MB, a little above what the document reader
 * takes, so that it names the file's own size); over it the 413 is {@code document-too-large},
 * naming {@code file}. The gateway applies the same limits; this holds for calls that bypass it.
 *
 * <p>A client without {@code Expect: 100-continue} (Python's urllib, many scripts) writes its whole
 * body before it reads. Tomcat swallows up to 2 MB of an unread body after answering, then closes on
 * the rest, which resets the client and loses the 413. So a body up to
 * {@code lienket.web.max-drain-size} (4 MB) is read and dropped before answering, for at most
 * {@code lienket.web.max-drain-time} (2 s); past either bound the answer goes out and the connection
 * closes, so nobody can hold a request thread with an endless body. An upload is drained up to
 * {@code lienket.web.max-upload-drain-size} (256 MB) for at most {@code max-upload-drain-time}
 * (10 s), whether or not it asked to continue: Tomcat tells it to as soon as the headers are read,
 * and a person who picked a 200 MB file by mistake should read why it was refused. Only an upload
 * that carries a bearer token is drained: one without is answered at once and closed, so that
 * nobody without a token can hold a request thread for those 10 s.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodyLimit extends OncePerRequestFilter {

    private final long max;
    private final long maxUpload;
    private final long maxDrain;
    private final Duration maxDrainTime;
    private final long maxUploadDrain;
    private final Duration maxUploadDrainTime;

    BodyLimit(@Value("${lienket.web.max-body-size:1MB}") DataSize max,
              @Value("${lienket.web.max-upload-size:21MB}") DataSize maxUpload,
              @Value("${lienket.web.max-drain-size:4MB}") DataSize maxDrain,
              @Value("${lienket.web.max-drain-time:2s}") Duration maxDrainTime,
              @Value("${lienket.web.max-upload-drain-size:256MB}") DataSize maxUploadDrain,
              @Value("${lienket.web.max-upload-drain-time:10s}") Duration maxUploadDrainTime) {
        this.max = max.toBytes();
        this.maxUpload = maxUpload.toBytes();
        this.maxDrain = maxDrain.toBytes();
        this.maxDrainTime = maxDrainTime;
        this.maxUploadDrain = maxUploadDrain.toBytes();
        this.maxUploadDrainTime = maxUploadDrainTime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean upload = isUpload(request.getContentType());
        long limit = upload ? maxUpload : max;
        if (length > limit) {
            boolean drained = upload ? bearer(request.getHeader("Authorization"))
                    && drained(request, length, maxUploadDrain, maxUploadDrainTime)
                    : !"100-continue".equalsIgnoreCase(request.getHeader("Expect"))
                            && drained(request, length, maxDrain, maxDrainTime);
            if (!drained) {
                response.setHeader("Connection", "close");
            }
            if (upload) {
                ProblemWriter.write(response, HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "Document too large",
                        "The upload has " + megabytes(length) + "; a document of at most " + megabytes(limit)
                                + " is taken", Map.of("field", "file", "errors", List.of(Map.of("field", "file",
                                "message", "at most " + megabytes(limit)))));
            } else {
                ProblemWriter.write(response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Body too large",
                        "The body has " + length + " bytes; at most " + limit + " are taken");
            }
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            ProblemWriter.write(response, HttpStatus.LENGTH_REQUIRED, "length-required", "Length required",
                    "Send the body with a Content-Length");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Reads and drops the body within the bounds; past either, false. */
    private static boolean drained(HttpServletRequest request, long length, long maxDrain, Duration maxDrainTime) {
        if (length > maxDrain) {
            return false;
        }
        long deadline = System.nanoTime() + maxDrainTime.toNanos();
        byte[] sink = new byte[64 * 1024];
        try {
            InputStream body = request.getInputStream();
            while (body.read(sink) >= 0) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false; // the client went away or stalled: nothing left to answer politely
        }
    }

    static boolean bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** Whether a body of this type is an upload: a form with a file, as a browser or curl -F sends it. */
    static boolean isUpload(String contentType) {
        return contentType != null && contentType.regionMatches(true, 0, "multipart/form-data", 0, 19);
    }

    /** 209715200 bytes as "200.0 MB". */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
