package vn.lienket.support.messaging;

import java.util.List;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code consumers} in health: OUT_OF_SERVICE while any listener is held on a record it retries,
 * with what it waits on; UP otherwise. OUT_OF_SERVICE rather than DOWN: the process is sound and
 * resumes by itself when the dependency returns (the store's own DOWN says when that is the store),
 * but it is not doing its work, so a health check that waits for UP (as {@code ./platform up} does)
 * waits for the listeners too.
 */
class ConsumersHealthIndicator extends AbstractHealthIndicator {

    private final ConsumerWaits waits;

    ConsumersHealthIndicator(ConsumerWaits waits) {
        this.waits = waits;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<ConsumerWaits.Wait> current = waits.current();
        if (current.isEmpty()) {
            builder.up().withDetail("retrying", List.of());
        } else {
            builder.outOfService().withDetail("retrying", current);
        }
    }
}
