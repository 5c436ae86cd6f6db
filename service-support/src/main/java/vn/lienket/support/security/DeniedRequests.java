package vn.lienket.support.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.servlet.http.HttpServletRequest;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import vn.lienket.access.Roles;
import vn.lienket.support.store.Documents;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * The service's trail of refused requests: a 401 (no valid token: no client is known) or a 403
 * (a valid token asking for another tenant's data or beyond its roles), with the client and tenant
 * where known, method, path, request id and reason. Recording never fails the answer.
 */
@Component
public class DeniedRequests {

    private static final Logger log = LoggerFactory.getLogger(DeniedRequests.class);
    private static final int MAX_PATH = 500;

    private final MongoCollection<Document> denied;
    private final Clock clock;

    DeniedRequests(MongoDatabase database, Clock clock) {
        this.denied = database.getCollection("denied_requests");
        this.clock = clock;
    }

    /** One refused request, as the audit trail keeps it. */
    public record Denial(Instant at, int status, String client, String tenant, String method, String path,
                         String requestId, String reason) {
    }

    public void record(HttpServletRequest request, int status, String reason) {
        String client = null;
        String tenant = null;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            client = token.getToken().getSubject();
            tenant = token.getToken().getClaimAsString(Caller.TENANT_CLAIM);
        }
        String path = request.getRequestURI();
        Denial denial = new Denial(clock.instant(), status, client, tenant, request.getMethod(),
                path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "…" : path, MDC.get("requestId"), reason);
        log.warn("Denied {} {} {} to client {} of {}: {}", status, denial.method(), denial.path(), client, tenant, reason);
        try {
            denied.insertOne(Documents.toDocument(denial));
        } catch (RuntimeException e) {
            log.warn("Denial not recorded (store away?): {}", e.toString());
        }
    }

    /**
     * The denials newest first, a page at a time: a platform admin's all, anyone else's those of its
     * own tenant. The cursor is the store id of the last denial served, which grows with time.
     */
    public Page<Denial> latest(Caller caller, PageRequest request) {
        List<Bson> filters = new ArrayList<>();
        if (!caller.hasRole(Roles.PLATFORM_ADMIN)) {
            filters.add(Filters.eq("tenant", caller.tenant()));
        }
        request.after().ifPresent(after -> filters.add(Filters.lt("_id", objectId(after))));
        List<Document> fetched = denied.find(filters.isEmpty() ? Filters.empty() : Filters.and(filters))
                .sort(Sorts.descending("_id")).limit(request.limit() + 1).into(new ArrayList<>());
        Page<Document> page = Page.of(fetched, request, d -> d.getObjectId("_id").toHexString());
        return new Page<>(page.items().stream().map(d -> Documents.fromDocument(d, Denial.class)).toList(),
                page.nextKey());
    }

    private static ObjectId objectId(String cursor) {
        if (!ObjectId.isValid(cursor)) {
            throw ApiException.invalid(PageRequest.CURSOR, "cursor is not one this service gave out; start again without it");
        }
        return new ObjectId(cursor);
    }
}
