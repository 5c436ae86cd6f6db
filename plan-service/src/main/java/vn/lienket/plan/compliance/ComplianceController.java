package vn.lienket.plan.compliance;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

@RestController
class ComplianceController {

    private final ComplianceBoard board;

    ComplianceController(ComplianceBoard board) {
        this.board = board;
    }

    /** How the board came to be, newest first, a page at a time. */
    @GetMapping("/api/master-plans/{planId}/compliance/audit")
    ResponseEntity<List<AuditEntry>> audit(@PathVariable String planId, @RequestParam(required = false) Integer limit,
                                           @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.newestFirst(board.audit(planId, Caller.current()), page).toResponse();
    }

    @GetMapping("/api/master-plans/{planId}/compliance")
    ComplianceView compliance(@PathVariable String planId) {
        return board.view(planId, Caller.current());
    }
}
