package vn.lienket.support.security;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Each service's refused requests, on its own port: an authority sees its own, a platform admin all. */
@RestController
class DeniedRequestsController {

    private final DeniedRequests denied;

    DeniedRequestsController(DeniedRequests denied) {
        this.denied = denied;
    }

    @GetMapping("/api/audit/denied-requests")
    List<DeniedRequests.Denial> latest(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return denied.latest(Caller.current(), limit);
    }
}
