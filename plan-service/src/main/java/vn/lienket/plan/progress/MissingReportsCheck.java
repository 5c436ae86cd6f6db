package vn.lienket.plan.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Tells members who missed a reporting deadline, on the deadline schedule ({@code lienket.deadlines.check-interval}). */
@Component
class MissingReportsCheck {

    private static final Logger log = LoggerFactory.getLogger(MissingReportsCheck.class);

    private final ProgressBoard board;

    MissingReportsCheck(ProgressBoard board) {
        this.board = board;
    }

    @Scheduled(fixedDelayString = "${lienket.deadlines.check-interval:PT1M}",
            initialDelayString = "${lienket.deadlines.check-interval:PT1M}")
    void run() {
        try {
            board.reportMissing();
        } catch (RuntimeException e) {
            // the store may be away; the next round tries again
            log.warn("Missing-reports check failed: {}", e.toString());
        }
    }
}
