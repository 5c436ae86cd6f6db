package vn.lienket.plan.authority;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/** Successions in the register: recorded by a platform admin, read by any caller with a token. */
@RestController
class SuccessionController {

    private final SuccessionService service;

    SuccessionController(SuccessionService service) {
        this.service = service;
    }

    @Operation(summary = "Record a succession into this authority (platform admin)",
            description = "From effectiveOn the predecessors are succeeded by the authority the path names (it continues: "
                    + "id, tenant, clients and people stay; code, name and seat change from that day when given, the "
                    + "former ones kept in formerCodes). One write: the succession, its lienket.authority.succeeded.v1 "
                    + "on lienket.authorities.v1 and its audit entry; every programme a predecessor has a part in follows. "
                    + "201 with its Location. A problem naming the field, nothing written: 404 successorId unknown; 400 "
                    + "predecessors empty, listed twice, unknown or the successor itself, effectiveOn or legalBasis "
                    + "missing, effectiveOn before a predecessor's or the successor's start; 409 a successor that is "
                    + "itself succeeded, a predecessor succeeded already (applied twice).")
    @PostMapping("/api/authorities/{successorId}/successions")
    ResponseEntity<AuthoritySuccession> record(@PathVariable String successorId,
                                               @Valid @RequestBody NewSuccession request) {
        AuthoritySuccession recorded = service.apply(successorId, request, Caller.current());
        return ResponseEntity.created(URI.create("/api/authorities/" + successorId + "/successions/" + recorded.id()))
                .body(recorded);
    }

    @Operation(summary = "The successions an authority takes part in (any caller)",
            description = "As successor or as predecessor, in the order they take effect, a page at a time.")
    @GetMapping("/api/authorities/{authorityId}/successions")
    ResponseEntity<List<AuthoritySuccession>> list(@PathVariable String authorityId,
                                                   @RequestParam(required = false) Integer limit,
                                                   @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.slice(service.of(authorityId), page, AuthoritySuccession::id).toResponse();
    }

    @Operation(summary = "One succession, by its id (successor@effectiveOn; any caller)")
    @GetMapping("/api/authorities/{authorityId}/successions/{successionId}")
    AuthoritySuccession succession(@PathVariable String authorityId, @PathVariable String successionId) {
        return service.get(authorityId, successionId);
    }
}
