package vn.lienket.province.derivedplan;

import java.time.Instant;

import org.bson.Document;

/**
 * One entry of a derived plan's trail, as {@link vn.lienket.support.audit.AuditEntry}, with the
 * predecessor it was taken over from ({@code origin}; null for the province's own).
 */
public record DerivedAuditEntry(Instant at, String principal, String tenant, String action, String detail,
                                String origin) {

    static final String ORIGIN = "origin";

    static DerivedAuditEntry fromDocument(Document d) {
        return new DerivedAuditEntry(Instant.parse(d.getString("at")), d.getString("principal"), d.getString("tenant"),
                d.getString("action"), d.getString("detail"), d.getString(ORIGIN));
    }
}
