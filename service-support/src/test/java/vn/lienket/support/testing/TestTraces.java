package vn.lienket.support.testing;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/** Known W3C trace contexts to send, and the trace ids read back from what a service produced. */
public final class TestTraces {

    public static final String TRACEPARENT = "traceparent";

    private TestTraces() {
    }

    /** A sampled {@code traceparent} with a fresh trace id and span id. */
    public static String newTraceparent() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    public static String traceIdOf(String traceparent) {
        return traceparent == null ? null : traceparent.split("-")[1];
    }

    public static String spanIdOf(String traceparent) {
        return traceparent == null ? null : traceparent.split("-")[2];
    }

    /** The record's {@code traceparent} header; null if it has none. */
    public static String traceparentOf(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(TRACEPARENT);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The record, sent as if by a service whose request was in this trace. */
    public static <K, V> ProducerRecord<K, V> traced(ProducerRecord<K, V> record, String traceparent) {
        record.headers().remove(TRACEPARENT);
        record.headers().add(new RecordHeader(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static String hex(int bytes) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < bytes; i++) {
            hex.append(String.format("%02x", ThreadLocalRandom.current().nextInt(1, 256)));
        }
        return hex.toString();
    }
}
