package vn.lienket.identity.principals;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.PageRequest;

/** The changes to clients and people: a platform admin's all, an authority admin's of its own tenant. */
@RestController
class IdentityAuditController {

    private final IdentityAudit audit;

    IdentityAuditController(IdentityAudit audit) {
        this.audit = audit;
    }

    /** Newest first, paged ({@code limit}, {@code cursor}, the next page in {@code Link}). */
    @GetMapping("/api/identity/audit")
    ResponseEntity<List<IdentityAudit.Change>> latest(@RequestParam(required = false) Integer limit,
                                                      @RequestParam(required = false) String cursor) {
        return audit.latest(Caller.current(), PageRequest.of(limit, cursor)).toResponse();
    }
}
