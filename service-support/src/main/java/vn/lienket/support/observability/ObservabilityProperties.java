package vn.lienket.support.observability;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sampleInterval how often the gauges that cost a query (consumer lag, outbox backlog,
 *                       deliveries by status) are read
 */
@ConfigurationProperties("lienket.observability")
public record ObservabilityProperties(@DefaultValue("15s") Duration sampleInterval) {
}
