package vn.lienket.plan.progress;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;

@RestController
class ProgressController {

    private final ProgressBoard board;

    ProgressController(ProgressBoard board) {
        this.board = board;
    }

    @GetMapping("/api/master-plans/{planId}/progress")
    ProgressView progress(@PathVariable String planId) {
        return board.view(planId, Caller.current());
    }
}
