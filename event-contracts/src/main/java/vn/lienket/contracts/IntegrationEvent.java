package vn.lienket.contracts;

import java.time.Instant;

/** An event that crosses a service line. Its wire type is a stable, versioned name, never a class name. */
public interface IntegrationEvent {

    String eventId();

    Instant occurredAt();

    /** The aggregate the event is about; also the Kafka key. */
    String subject();

    /** The wire type, e.g. {@code lienket.master-plan.version-published.v1}. */
    String type();
}
