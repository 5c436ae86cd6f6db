package vn.lienket.support.outbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
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

    static OutboxEntry fromDocument(Document d) {
        Object time = d.get("time");
        Instant at = time instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(time));
        return new OutboxEntry(d.getString("eventId"), d.getString("topic"), d.getString("key"),
                d.getString("type"), at, d.getString("payload"));
    }
}
