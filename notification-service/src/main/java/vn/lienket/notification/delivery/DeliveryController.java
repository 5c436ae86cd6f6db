package vn.lienket.notification.delivery;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;

@RestController
class DeliveryController {

    private final DeliveryService service;

    DeliveryController(DeliveryService service) {
        this.service = service;
    }

    @PostMapping("/api/notifications/deliveries/{id}/resend")
    Delivery resend(@PathVariable String id) {
        return service.resend(id, Caller.current());
    }

    @GetMapping("/api/notifications/deliveries")
    List<Delivery> deliveries(
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,64}") String tenant,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String eventId,
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,64}\\.[a-z0-9-]{1,64}") String unit,
            @RequestParam(required = false) @Pattern(regexp = "QUEUED|SENDING|SENT|DELIVERED|RETRYING|FAILED|FAILED_OVER")
            String status,
            @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        return service.log(tenant, eventId, unit, status, limit, Caller.current());
    }
}
