package vn.lienket.plan.compliance;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;

@RestController
class ComplianceController {

    private final ComplianceBoard board;

    ComplianceController(ComplianceBoard board) {
        this.board = board;
    }

    @GetMapping("/api/master-plans/{planId}/compliance/audit")
    java.util.List<vn.lienket.support.audit.AuditEntry> audit(@PathVariable String planId) {
        return board.audit(planId, Caller.current());
    }

    @GetMapping("/api/master-plans/{planId}/compliance")
    ComplianceView compliance(@PathVariable String planId) {
        return board.view(planId, Caller.current());
    }
}
