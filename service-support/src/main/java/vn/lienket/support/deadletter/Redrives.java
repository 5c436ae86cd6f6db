package vn.lienket.support.deadletter;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lienket.support.messaging.Failures;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.ApiException;

/**
 * Runs a parked record again through the handler of the listener that parked it. The handlers are
 * idempotent (keyed by event id or by a version already applied), so a re-drive racing another, or
 * one of a record the listener had meanwhile handled, changes nothing twice; a record already
 * re-driven is not run again at all.
 */
@Component
class Redrives {

    private static final Logger log = LoggerFactory.getLogger(Redrives.class);
    static final int MAX_AT_ONCE = 1000;

    enum Outcome {
        REDRIVEN, ALREADY_REDRIVEN, FAILED_AGAIN, NOT_HOSTED_HERE
    }

    record Result(Outcome outcome, ParkedEventView.Summary event) {
    }

    private final ParkedEvents parked;
    private final EventHandlers handlers;
    private final MeterRegistry meters;

    Redrives(ParkedEvents parked, EventHandlers handlers, MeterRegistry meters) {
        this.parked = parked;
        this.handlers = handlers;
        this.meters = meters;
    }

    Result redrive(String id, Caller caller) {
        ParkedEvent event = parked.find(id).orElseThrow(() -> ApiException.notFound("No parked event " + id));
        if (event.status() == ParkedEvent.Status.REDRIVEN) {
            return new Result(Outcome.ALREADY_REDRIVEN, ParkedEventView.Summary.of(event));
        }
        var handler = handlers.of(event.listener());
        if (handler.isEmpty()) {
            return new Result(Outcome.NOT_HOSTED_HERE, ParkedEventView.Summary.of(event));
        }
        Outcome outcome;
        try {
            handler.get().accept(event.toRecord());
            outcome = parked.redriven(id, caller) ? Outcome.REDRIVEN : Outcome.ALREADY_REDRIVEN;
            log.info("{} re-drove event {} ({}) through {}", caller.principal(), event.eventId(), id, event.listener());
        } catch (RuntimeException e) {
            Failures.Failure failure = Failures.classify(e);
            parked.failedAgain(id, caller, failure);
            outcome = Outcome.FAILED_AGAIN;
            log.warn("{} re-drove event {} ({}) through {}; it failed again and stays parked: {}", caller.principal(),
                    event.eventId(), id, event.listener(), failure.summary());
        }
        meters.counter("lienket.events.redriven", "topic", event.topic(), "listener", event.listener(),
                "outcome", outcome.name()).increment();
        return new Result(outcome, ParkedEventView.Summary.of(parked.find(id).orElse(event)));
    }

    /** Every parked event (of a topic), oldest first, at most {@link #MAX_AT_ONCE} per call. */
    List<Result> redriveAll(String topic, Caller caller) {
        return parked.parked(topic, MAX_AT_ONCE).stream().map(e -> redrive(e.id(), caller)).toList();
    }
}
