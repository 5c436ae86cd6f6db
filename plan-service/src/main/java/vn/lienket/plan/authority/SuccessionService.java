package vn.lienket.plan.authority;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.ConcurrentUpdateException;
import vn.lienket.support.web.ApiException;

/**
 * Records successions in the register. A succession is one write: the succession with its
 * {@link AuthoritySucceeded} (on {@code lienket.authorities.v1}) and its audit entry; the register's
 * entries show it from then on, computed from the record. A request its rules refuse is a 4xx
 * problem naming the field, and nothing is written. Who may record one is the access policy's to
 * say; the seed records the 2025 table here too.
 */
@Service
public class SuccessionService {

    private static final String CODE = "[0-9]{2,3}";

    private final Successions successions;
    private final Authorities authorities;
    private final Clock clock;

    SuccessionService(Successions successions, Authorities authorities, Clock clock) {
        this.successions = successions;
        this.authorities = authorities;
        this.clock = clock;
    }

    /**
     * Records that {@code successorId} succeeds the request's predecessors from its effective day,
     * and publishes it in the same write.
     *
     * @return the succession as recorded
     * @throws ApiException 404 for an unknown successor (field {@code successorId}), 400 for a request
     *                      that is wrong in itself, 409 for one that clashes with a succession already recorded
     */
    public AuthoritySuccession apply(String successorId, NewSuccession request, Caller caller) {
        Checked checked = check(successorId, request);
        Instant now = clock.instant();
        AuthoritySuccession succession = new AuthoritySuccession(AuthoritySucceeded.idOf(successorId,
                request.effectiveOn()), successorId, checked.predecessors().stream().map(Authority::id).toList(),
                request.effectiveOn(), request.legalBasis().strip(), blankToNull(request.code()),
                blankToNull(request.name()), blankToNull(request.seat()),
                blankToNull(request.code()) == null ? null : request.codeConfirmed(), blankToNull(request.codeNote()),
                now, caller.principal());
        Authority successorAfter = checked.successor().succeeding(succession);
        AuthoritySucceeded event = new AuthoritySucceeded(UUID.randomUUID().toString(), now, caller.principal(),
                succession.id(), successorAfter.toRef(), checked.predecessors().stream().map(Authority::toRef).toList(),
                succession.effectiveOn(), succession.legalBasis());
        try {
            successions.record(succession, event, AuditEntry.by(caller, "authority.succeeded",
                    String.join(", ", succession.predecessors()) + " into " + successorId + " from "
                            + succession.effectiveOn() + " (" + succession.legalBasis() + ")", now));
        } catch (ConcurrentUpdateException e) {
            throw conflict("effectiveOn", "A succession " + succession.id() + " is recorded already");
        }
        return succession;
    }

    /**
     * Records each succession of the table that is not recorded yet (one with its id is left as it
     * is), in the table's order: how the seed applies {@link SuccessionTable#seeded()}, again at
     * every start without changing anything.
     *
     * @return those recorded now
     */
    public List<AuthoritySuccession> applyAll(List<SuccessionTable.Entry> table, Caller caller) {
        List<AuthoritySuccession> recorded = new ArrayList<>();
        for (SuccessionTable.Entry entry : table) {
            String id = AuthoritySucceeded.idOf(entry.successorId(), entry.request().effectiveOn());
            if (successions.find(id).isEmpty()) {
                recorded.add(apply(entry.successorId(), entry.request(), caller));
            }
        }
        return recorded;
    }

    /** The successions this authority takes part in (as successor or predecessor), in the order they take effect. */
    public List<AuthoritySuccession> of(String authorityId) {
        authority(authorityId, "authorityId");
        return successions.of(authorityId);
    }

    public AuthoritySuccession get(String authorityId, String successionId) {
        return successions.find(successionId).filter(s -> s.concerns(authorityId))
                .orElseThrow(() -> ApiException.notFound("No succession " + successionId + " of " + authorityId));
    }

    private record Checked(Authority successor, List<Authority> predecessors) {
    }

    /** The authorities of a valid request, or a 4xx problem naming the first field that is wrong. */
    private Checked check(String successorId, NewSuccession request) {
        Authority successor = authority(successorId, "successorId");
        if (request.predecessors() == null || request.predecessors().isEmpty()) {
            throw ApiException.invalid("predecessors", "a succession has at least one predecessor");
        }
        LocalDate day = request.effectiveOn();
        if (day == null) {
            throw ApiException.invalid("effectiveOn", "effectiveOn, the first day the successor stands for its "
                    + "predecessors, is required");
        }
        if (request.legalBasis() == null || request.legalBasis().isBlank()) {
            throw ApiException.invalid("legalBasis", "legalBasis, the act that decided the succession, is required");
        }
        if (request.code() != null && !request.code().isBlank() && !request.code().strip().matches(CODE)) {
            throw ApiException.invalid("code", "an administrative code is two or three digits, not " + request.code());
        }
        if (request.name() != null && request.name().isBlank()) {
            throw ApiException.invalid("name", "a name, when given, is not blank");
        }
        if (request.seat() != null && request.seat().isBlank()) {
            throw ApiException.invalid("seat", "a seat, when given, is not blank");
        }
        Set<String> seen = new HashSet<>();
        List<Authority> predecessors = new ArrayList<>();
        for (int i = 0; i < request.predecessors().size(); i++) {
            String id = request.predecessors().get(i);
            String field = "predecessors[" + i + "]";
            if (id == null || id.isBlank()) {
                throw ApiException.invalid(field, "a predecessor is an authority id");
            }
            if (id.equals(successorId)) {
                throw ApiException.invalid(field, successorId + " cannot succeed itself: the predecessors are the "
                        + "other units, the successor is the one that continues");
            }
            if (!seen.add(id)) {
                throw ApiException.invalid(field, id + " is listed twice");
            }
            Authority predecessor = authorities.find(id).orElseThrow(() -> ApiException.invalid(field,
                    "No authority " + id + " in the register (GET /api/authorities)"));
            predecessors.add(predecessor);
        }
        if (successor.succeeded()) {
            Authority.Succession merged = successor.successions().get(0);
            throw conflict("successorId", successorId + " was itself succeeded by " + merged.successor() + " from "
                    + merged.effectiveOn() + "; a succession goes into " + merged.successor());
        }
        for (int i = 0; i < predecessors.size(); i++) {
            Authority predecessor = predecessors.get(i);
            if (predecessor.succeeded()) {
                Authority.Succession earlier = predecessor.successions().get(0);
                throw conflict("predecessors[" + i + "]", predecessor.id() + " was succeeded already, by "
                        + earlier.successor() + " from " + earlier.effectiveOn());
            }
        }
        if (successor.validFrom() != null && day.isBefore(successor.validFrom())) {
            throw ApiException.invalid("effectiveOn", day + " is before " + successorId + " began, on "
                    + successor.validFrom());
        }
        if (!successor.validOn(day)) {
            throw ApiException.invalid("successorId", successorId + " is not an authority on " + day);
        }
        for (int i = 0; i < predecessors.size(); i++) {
            Authority predecessor = predecessors.get(i);
            if (predecessor.validFrom() != null && day.isBefore(predecessor.validFrom())) {
                throw ApiException.invalid("effectiveOn", day + " is before " + predecessor.id() + " began, on "
                        + predecessor.validFrom());
            }
            if (!predecessor.validOn(day)) {
                throw ApiException.invalid("predecessors[" + i + "]", predecessor.id() + " is not an authority on " + day
                        + " (it stood until " + predecessor.validTo() + ")");
            }
        }
        return new Checked(successor, predecessors);
    }

    private Authority authority(String id, String field) {
        return authorities.find(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not-found",
                "No authority " + id + " in the register (GET /api/authorities)", field,
                List.of(Map.of("field", field, "message", "No authority " + id))));
    }

    private static ApiException conflict(String field, String detail) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", detail, field,
                List.of(Map.of("field", field, "message", detail)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
