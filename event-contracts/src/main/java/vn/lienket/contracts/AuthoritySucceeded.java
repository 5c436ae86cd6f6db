package vn.lienket.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Provinces merged: from {@code effectiveOn} the {@code predecessors} are succeeded by
 * {@code successor}, by the act named in {@code legalBasis} (e.g. Nghị quyết 202/2025/QH15). The
 * successor is the authority that continues (its id, tenant, clients and people stay; it may take a
 * new code and seat, as its entry here says); the predecessors' tenants become read-only archives
 * that the successor reads. On {@link Topics#AUTHORITIES}, keyed by {@code successionId}
 * ({@code an-giang@2025-07-01}); every service applies it once, however often it is delivered.
 */
public record AuthoritySucceeded(
        String eventId,
        Instant occurredAt,
        String by,
        String successionId,
        AuthorityRef successor,
        List<AuthorityRef> predecessors,
        LocalDate effectiveOn,
        String legalBasis) implements IntegrationEvent {

    public static final String TYPE = "lienket.authority.succeeded.v1";

    public AuthoritySucceeded {
        predecessors = List.copyOf(predecessors);
    }

    /** The id a succession has everywhere: its successor and the day it takes effect. */
    public static String idOf(String successor, LocalDate effectiveOn) {
        return successor + "@" + effectiveOn;
    }

    public List<String> predecessorIds() {
        return predecessors.stream().map(AuthorityRef::id).toList();
    }

    @Override
    public String subject() {
        return successionId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
