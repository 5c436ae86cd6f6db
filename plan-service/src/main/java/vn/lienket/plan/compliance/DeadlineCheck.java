package vn.lienket.plan.compliance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the overdue and reminder check on a schedule ({@code lienket.deadlines.check-interval}, default a minute). */
@Component
class DeadlineCheck {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCheck.class);

    private final ComplianceBoard board;

    DeadlineCheck(ComplianceBoard board) {
        this.board = board;
    }

    @Scheduled(fixedDelayString = "${lienket.deadlines.check-interval:PT1M}",
            initialDelayString = "${lienket.deadlines.check-interval:PT1M}")
    void run() {
        try {
            board.checkDeadlines();
        } catch (RuntimeException e) {
            // the store may be away; the next round tries again
            log.warn("Deadline check failed: {}", e.toString());
        }
    }
}
