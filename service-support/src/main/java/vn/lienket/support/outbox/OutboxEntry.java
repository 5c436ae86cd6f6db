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

/** An event waiting in its aggregate's document to be sent: everything the Kafka record needs. */
public record OutboxEntry(String eventId, String topic, String key, String type, Instant time, String payload) {

    public static final String FIELD = "outbox";

    public static OutboxEntry of(String topic, IntegrationEvent event) {
        return new OutboxEntry(event.eventId(), topic, event.subject(), event.type(), event.occurredAt(),
                EventJson.write(event));
    }

    public Document toDocument() {
        return new Document("eventId", eventId)
                .append("topic", topic)
                .append("key", key)
                .append("type", type)
                .append("time", time.toString())
                .append("payload", payload);
    }

    /** The Kafka record: JSON payload, the aggregate id as key, CloudEvents attributes as headers (binary mode). */
    public ProducerRecord<String, String> toRecord(String source) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        header(record, CloudEventHeaders.ID, eventId);
        header(record, CloudEventHeaders.TYPE, type);
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.SUBJECT, key);
        header(record, CloudEventHeaders.TIME, time.toString());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
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
                d.getString("type"), at, d.getString("payload"));
    }
}
