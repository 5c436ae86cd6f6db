package vn.lienket.plan.compliance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the overdue check on a schedule ({@code lienket.compliance.overdue-check-interval}, default a minute). */
@Component
class OverdueCheck {

    private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

    private final ComplianceBoard board;

    OverdueCheck(ComplianceBoard board) {
        this.board = board;
    }

    @Scheduled(fixedDelayString = "${lienket.compliance.overdue-check-interval:PT1M}",
            initialDelayString = "${lienket.compliance.overdue-check-interval:PT1M}")
    void run() {
        try {
            board.reportOverdue();
        } catch (RuntimeException e) {
            // the store may be away; the next round tries again
            log.warn("Overdue check failed: {}", e.toString());
        }
    }
}
