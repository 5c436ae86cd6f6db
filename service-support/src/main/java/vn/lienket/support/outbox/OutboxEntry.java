package vn.lienket.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.EventJson;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.support.observability.TraceContexts;

/**
 * An event waiting in its aggregate's document to be sent: everything the Kafka record needs,
 * including the W3C {@code traceparent} of the request or record that caused the write (null
 * outside a trace), so the event travels in the trace of the publish that caused it.
 */
public record OutboxEntry(String eventId, String topic, String key, String type, Instant time, String payload,
                          String traceparent) {

    public static final String FIELD = "outbox";

    public static OutboxEntry of(String topic, IntegrationEvent event) {
        return of(topic, event, null);
    }

    public static OutboxEntry of(String topic, IntegrationEvent event, String traceparent) {
        return new OutboxEntry(event.eventId(), topic, event.subject(), event.type(), event.occurredAt(),
                EventJson.write(event), traceparent);
    }

    public Document toDocument() {
        Document document = new Document("eventId", eventId)
                .append("topic", topic)
                .append("key", key)
                .append("type", type)
                .append("time", time.toString())
                .append("payload", payload);
        if (traceparent != null) {
            document.append("traceparent", traceparent);
        }
        return document;
    }

    /**
     * The Kafka record: JSON payload, the aggregate id as key, CloudEvents attributes as headers
     * (binary mode), and the trace as W3C {@code traceparent}: the header every consumer's tracing
     * reads, not the CloudEvents extension's {@code ce_traceparent} (see the package's note).
     */
    public ProducerRecord<String, String> toRecord(String source) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        header(record, CloudEventHeaders.ID, eventId);
        header(record, CloudEventHeaders.TYPE, type);
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.SUBJECT, key);
        header(record, CloudEventHeaders.TIME, time.toString());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(record, TraceContexts.TRACEPARENT, traceparent);
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    static OutboxEntry fromDocument(Document d) {
        Object time = d.get("time");
        Instant at = time instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(time));
        return new OutboxEntry(d.getString("eventId"), d.getString("topic"), d.getString("key"),
                d.getString("type"), at, d.getString("payload"), d.getString("traceparent"));
    }
}
