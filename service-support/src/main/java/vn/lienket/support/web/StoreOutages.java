package vn.lienket.support.web;

import java.io.IOException;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The store being away is a 503 problem with {@code Retry-After}, wherever the request met it: in
 * a handler ({@link ProblemResponses}) or before one, where the access policy asks the store how
 * the caller stands to the data. Without this a filter's store failure is the container's 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class StoreOutages extends OncePerRequestFilter {

    static final String SLUG = "store-unavailable";
    static final String TITLE = "Store unavailable";
    static final String DETAIL = "The store cannot be reached; nothing was changed. Try again shortly.";
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(StoreOutages.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!isStoreAway(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Store unavailable before the handler: {}", e.toString());
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            ProblemWriter.write(response, HttpStatus.SERVICE_UNAVAILABLE, SLUG, TITLE, DETAIL);
        }
    }

    static boolean isStoreAway(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MongoTimeoutException || t instanceof MongoSocketException) {
                return true;
            }
        }
        return false;
    }
}
