/**
 * Transactional outbox without transactions: events ride in their aggregate's document until the relay has sent them.
 *
 * <p>An entry keeps the W3C {@code traceparent} of the write that caused it, and the relay sends it as the record's
 * {@code traceparent} header. That is the header spring-kafka's observation (and OpenTelemetry's Kafka
 * instrumentation) reads on the consumer side, so every consumer continues the trace with no code of its own. The
 * CloudEvents Kafka binding would carry the distributed-tracing extension as {@code ce_traceparent}; that extension
 * says it does not replace the transport's own trace headers, and writing both would give two trace contexts that
 * can disagree, so only {@code traceparent} is written.
 */
package vn.lienket.support.outbox;
