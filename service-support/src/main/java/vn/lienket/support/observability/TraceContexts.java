package vn.lienket.support.observability;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The W3C trace context as something that can be stored and picked up again. A write keeps the
 * {@code traceparent} of the request or record that caused it (in an outbox entry, on a delivery),
 * and the thread that later sends it continues that trace, so one publish stays one trace across
 * the relay, Kafka and the delivery dispatcher, which each work apart from the request.
 */
public final class TraceContexts {

    /** The W3C header, on HTTP requests and on Kafka records alike. */
    public static final String TRACEPARENT = "traceparent";

    /** Tracing off: nothing to store, nothing to continue. */
    public static final TraceContexts NONE = new TraceContexts(Tracer.NOOP, Propagator.NOOP);

    private static final Continued NOTHING = () -> { };

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContexts(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The {@code traceparent} of the span in scope on this thread; null outside a trace. */
    public String current() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(4);
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Continues a stored trace on this thread: a child span named {@code name}, in scope (and in
     * the logging context) until closed. Without a stored trace it does nothing.
     */
    public Continued continueFrom(String traceparent, String name) {
        if (traceparent == null || traceparent.isBlank()) {
            return NOTHING;
        }
        Span span = propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get).name(name).start();
        Tracer.SpanInScope scope = tracer.withSpan(span);
        return () -> {
            scope.close();
            span.end();
        };
    }

    /** The trace id inside a {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}); null if there is none. */
    public static String traceIdOf(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 && parts[1].length() == 32 ? parts[1] : null;
    }

    /** A continued trace's scope; closing it ends the span. */
    @FunctionalInterface
    public interface Continued extends AutoCloseable {
        @Override
        void close();
    }
}
