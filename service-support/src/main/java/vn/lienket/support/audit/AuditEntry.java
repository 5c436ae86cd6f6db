package vn.lienket.support.audit;

import java.time.Instant;

import org.bson.Document;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.support.security.Caller;

/**
 * One change of state: who made it (the client or user, and the tenant it acted for, or the event
 * that caused it), what it was, when. Stored in the same write as the change itself.
 */
public record AuditEntry(Instant at, String principal, String tenant, String action, String detail) {

    public static final String FIELD = "audit";

    public static AuditEntry by(Caller caller, String action, String detail, Instant at) {
        return new AuditEntry(at, caller.principal(), caller.tenant(), action, detail);
    }

    /** A change a consumer made because of an event: the event is the "who". */
    public static AuditEntry byEvent(IntegrationEvent event, String action, String detail, Instant at) {
        return new AuditEntry(at, "event:" + event.eventId(), null, action, detail + " (" + event.type() + ")");
    }

    public Document toDocument() {
        return new Document("at", at.toString()).append("principal", principal).append("tenant", tenant)
                .append("action", action).append("detail", detail);
    }

    public static AuditEntry fromDocument(Document d) {
        return new AuditEntry(Instant.parse(d.getString("at")), d.getString("principal"), d.getString("tenant"),
                d.getString("action"), d.getString("detail"));
    }
}
