package vn.lienket.notification.delivery;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import vn.lienket.support.observability.Sampling;

/**
 * {@code lienket.deliveries{status}}: how many deliveries are in each status, counted from the
 * store on the sampling schedule (a scan of the log, too dear for every scrape). A growing
 * RETRYING or FAILED count is what an operator is paged for.
 */
@Component
class DeliveryGauges {

    DeliveryGauges(Deliveries deliveries, Sampling sampling, MeterRegistry meters) {
        Map<DeliveryStatus, AtomicLong> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(status, count);
            Gauge.builder("lienket.deliveries", count, AtomicLong::get).tag("status", status.name())
                    .description("Deliveries in the log by status").baseUnit("deliveries").register(meters);
        }
        sampling.add("deliveries by status",
                () -> deliveries.countByStatus().forEach((status, n) -> counts.get(status).set(n)));
    }
}
