package vn.lienket.support.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the gateway's {@code X-Request-Id} and the trace id of the W3C {@code traceparent} in the
 * logging context while a request is served, so every log line names them; a request that came
 * straight to the service gets a request id of its own. The response carries the request id.
 *
 * <p>With tracing on, Micrometer's server observation continues the {@code traceparent} as the
 * request's span and sets {@code traceId} and {@code spanId} itself (the same trace id); the trace
 * id read here is what names the lines when tracing is off ({@code LIENKET_TRACING=false}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestCorrelation extends OncePerRequestFilter {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern GOOD_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = request.getHeader(REQUEST_ID);
        if (requestId == null || !GOOD_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
        }
        String traceparent = request.getHeader("traceparent");
        Matcher trace = traceparent == null ? null : TRACEPARENT.matcher(traceparent);
        MDC.put("requestId", requestId);
        if (trace != null && trace.matches()) {
            MDC.put("traceId", trace.group(1));
        }
        response.setHeader(REQUEST_ID, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
            MDC.remove("traceId");
        }
    }
}
