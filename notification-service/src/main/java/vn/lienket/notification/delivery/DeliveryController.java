package vn.lienket.notification.delivery;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.PageRequest;

/** The delivery log, newest first and a page at a time, a single delivery, and resending a failed one. */
@RestController
class DeliveryController {

    private static final String ID = "[a-z0-9-]{1,64}";

    private final DeliveryService service;
    private final DeliveryReceipts receipts;

    DeliveryController(DeliveryService service, DeliveryReceipts receipts) {
        this.service = service;
        this.receipts = receipts;
    }

    /** SMSC receipts that never found the delivery they name, parked after their look-ups. */
    @GetMapping("/api/notifications/receipts/unmatched")
    ResponseEntity<List<PendingReceipts.PendingReceipt>> unmatchedReceipts(@RequestParam(required = false) Integer limit,
                                                                           @RequestParam(required = false) String cursor) {
        return receipts.parked(PageRequest.of(limit, cursor), Caller.current()).toResponse();
    }

    @PostMapping("/api/notifications/deliveries/{id}/resend")
    Delivery resend(@PathVariable String id) {
        return service.resend(id, Caller.current());
    }

    @GetMapping("/api/notifications/deliveries/{id}")
    Delivery delivery(@PathVariable String id) {
        return service.get(id, Caller.current());
    }

    /** {@code limit} (1–200, default 50) and {@code cursor} page it; the next page is in the {@code Link} header. */
    @GetMapping("/api/notifications/deliveries")
    ResponseEntity<List<Delivery>> deliveries(
            @RequestParam(required = false) @Pattern(regexp = ID) String tenant,
            @RequestParam(required = false) @Pattern(regexp = ID) String programme,
            @RequestParam(required = false) @Pattern(regexp = ID) String plan,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String eventId,
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,64}\\.[a-z0-9-]{1,64}") String unit,
            @RequestParam(required = false)
            @Pattern(regexp = "QUEUED|SENDING|SENT|DELIVERED|RECEIPT_UNKNOWN|RETRYING|FAILED|FAILED_OVER") String status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return service.log(new DeliveryService.LogFilter(tenant, programme, plan, eventId, unit, status),
                PageRequest.of(limit, cursor), Caller.current()).toResponse();
    }
}
