package vn.lienket.support.deadletter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * The operator API of each service's parked records, on the same path in every service so the
 * gateway can route {@code /api/operations/{service}/dead-letters…} to it. Platform admins only.
 */
@RestController
@RequestMapping("/api/operations/dead-letters")
class DeadLetterController {

    private final ParkedEvents parked;
    private final Redrives redrives;

    DeadLetterController(ParkedEvents parked, Redrives redrives) {
        this.parked = parked;
        this.redrives = redrives;
    }

    /** Newest first; {@code limit} and {@code cursor} page it, the next page in the {@code Link} header. */
    @GetMapping
    ResponseEntity<List<ParkedEventView.Summary>> list(@RequestParam(required = false) String topic,
                                                       @RequestParam(required = false) String status,
                                                       @RequestParam(required = false) Integer limit,
                                                       @RequestParam(required = false) String cursor) {
        operator();
        Page<ParkedEvent> page = parked.page(topic, status(status), PageRequest.of(limit, cursor));
        return new Page<>(page.items().stream().map(ParkedEventView.Summary::of).toList(), page.nextKey()).toResponse();
    }

    @GetMapping("/{id}")
    ParkedEventView.Detail one(@PathVariable String id) {
        operator();
        return parked.find(id).map(e -> ParkedEventView.Detail.of(e, parked.audit(id)))
                .orElseThrow(() -> ApiException.notFound("No parked event " + id));
    }

    /** Runs it again through the listener that parked it; a second call answers its state and does nothing. */
    @PostMapping("/{id}/redrive")
    Redrives.Result redrive(@PathVariable String id) {
        return redrives.redrive(id, operator());
    }

    /** Re-drives every parked event (of the topic, if given), oldest first; how each went, and the counts. */
    @PostMapping("/redrive")
    Map<String, Object> redriveAll(@RequestParam(required = false) String topic) {
        List<Redrives.Result> results = redrives.redriveAll(topic, operator());
        return Map.of("outcomes", results.stream().collect(Collectors.groupingBy(r -> r.outcome().name(),
                Collectors.counting())), "results", results);
    }

    /** The operator, for the audit; that only platform admins get here is the access policy's rule. */
    private static Caller operator() {
        return Caller.current();
    }

    private static ParkedEvent.Status status(String status) {
        if (status == null) {
            return null;
        }
        return Arrays.stream(ParkedEvent.Status.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                .orElseThrow(() -> ApiException.invalid("status", "status must be one of "
                        + Arrays.toString(ParkedEvent.Status.values())));
    }
}
