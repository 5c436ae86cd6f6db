package vn.lienket.plan.documents;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes import previews older than seven days, hourly, besides each new import doing so. */
@Component
class PreviewCleanup {

    private static final Logger log = LoggerFactory.getLogger(PreviewCleanup.class);

    private final PlanImports imports;
    private final Clock clock;

    PreviewCleanup(PlanImports imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lienket.documents.cleanup-interval:PT1H}",
            initialDelayString = "${lienket.documents.cleanup-interval:PT1H}")
    void run() {
        try {
            imports.removeOlderThan(clock.instant().minusSeconds(PlanImports.KEPT_DAYS * 86_400L));
        } catch (RuntimeException e) {
            // the store may be away; the next round tries again
            log.warn("Import preview cleanup failed: {}", e.toString());
        }
    }
}
