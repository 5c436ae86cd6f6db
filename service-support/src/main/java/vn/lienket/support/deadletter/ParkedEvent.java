package vn.lienket.support.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.support.messaging.Failures;
import vn.lienket.support.messaging.IncomingEvents;

/**
 * A record a listener parked, with all it takes to run it again: the record as it was consumed
 * (key, value, headers) and where it was, which listener (consumer group) parked it and why.
 *
 * @param id        {@code <topic>-<partition>-<offset>-<listener>}: the same record parked again by the same
 *                  listener (redelivered after a crash) is the same parked event
 * @param redrives  how many times an operator ran it again
 */
public record ParkedEvent(String id, String topic, int partition, long offset, String listener, String eventId,
                          String type, String subject, String reason, Failures.Kind failure, Instant parkedAt,
                          Status status, int redrives, Instant redrivenAt, String redrivenBy,
                          String key, String value, List<StoredHeader> headers) {

    public enum Status {
        PARKED, REDRIVEN
    }

    /** A header's value as text when it is UTF-8 (the CloudEvents attributes are), else base64. */
    public record StoredHeader(String name, String value, boolean base64) {

        static StoredHeader of(Header header) {
            byte[] bytes = header.value() == null ? new byte[0] : header.value();
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return new StoredHeader(header.key(), text, false);
            } catch (CharacterCodingException e) {
                return new StoredHeader(header.key(), Base64.getEncoder().encodeToString(bytes), true);
            }
        }

        byte[] bytes() {
            return base64 ? Base64.getDecoder().decode(value) : value.getBytes(StandardCharsets.UTF_8);
        }
    }

    static String idOf(ConsumerRecord<?, ?> record, String listener) {
        return record.topic() + "-" + record.partition() + "-" + record.offset() + "-" + listener;
    }

    static ParkedEvent of(ConsumerRecord<?, ?> record, String listener, Failures.Failure failure, Instant at) {
        List<StoredHeader> headers = new ArrayList<>();
        record.headers().forEach(h -> headers.add(StoredHeader.of(h)));
        return new ParkedEvent(idOf(record, listener), record.topic(), record.partition(), record.offset(), listener,
                IncomingEvents.header(record, CloudEventHeaders.ID), IncomingEvents.header(record, CloudEventHeaders.TYPE),
                IncomingEvents.header(record, CloudEventHeaders.SUBJECT), failure.summary(), failure.kind(), at,
                Status.PARKED, 0, null, null, text(record.key()), text(record.value()), headers);
    }

    /** The record as its listener consumed it, to run it through that listener again. */
    ConsumerRecord<String, String> toRecord() {
        RecordHeaders recordHeaders = new RecordHeaders();
        Optional.ofNullable(headers).orElse(List.of()).forEach(h -> recordHeaders.add(h.name(), h.bytes()));
        return new ConsumerRecord<>(topic, partition, offset, ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE,
                ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, key, value, recordHeaders, Optional.empty());
    }

    /** Newest first, then by id: the order of the operator's list, and its cursor. */
    String sortKey() {
        return sortKey(parkedAt, id);
    }

    static String sortKey(Instant parkedAt, String id) {
        return String.format("%013d", parkedAt.toEpochMilli()) + " " + id;
    }

    private static String text(Object keyOrValue) {
        return keyOrValue == null ? null : keyOrValue.toString();
    }
}
