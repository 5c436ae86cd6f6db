package vn.lienket.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.EventJson;
import vn.lienket.contracts.IntegrationEvent;

/** Reads a Kafka record as an integration event by its CloudEvents type header. */
public final class IncomingEvents {

    private IncomingEvents() {
    }

    /**
     * The event in the record; empty for a well-formed event of a type this service does not know.
     *
     * @throws PoisonEventException when the record has no type or its payload does not parse
     */
    public static Optional<IntegrationEvent> parse(ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        if (type == null) {
            throw new PoisonEventException("Record has no " + CloudEventHeaders.TYPE + " header", null);
        }
        Optional<Class<? extends IntegrationEvent>> eventClass = EventJson.classOf(type);
        if (eventClass.isEmpty()) {
            return Optional.empty();
        }
        try {
            IntegrationEvent event = EventJson.read(record.value(), eventClass.get());
            if (event.eventId() == null) {
                throw new PoisonEventException("Event of type " + type + " has no eventId", null);
            }
            return Optional.of(event);
        } catch (RuntimeException e) {
            if (e instanceof PoisonEventException poison) {
                throw poison;
            }
            throw new PoisonEventException("Payload of type " + type + " does not parse: " + e.getMessage(), e);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** "topic-partition@offset", for log lines that let someone find the record. */
    public static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
