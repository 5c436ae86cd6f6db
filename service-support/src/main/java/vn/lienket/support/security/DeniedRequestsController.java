package vn.lienket.support.security;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.web.PageRequest;

/** Each service's refused requests, on its own port: an authority sees its own, a platform admin all. */
@RestController
class DeniedRequestsController {

    private final DeniedRequests denied;

    DeniedRequestsController(DeniedRequests denied) {
        this.denied = denied;
    }

    /** Newest first, paged ({@code limit}, {@code cursor}, the next page in {@code Link}). */
    @GetMapping("/api/audit/denied-requests")
    ResponseEntity<List<DeniedRequests.Denial>> latest(@RequestParam(required = false) Integer limit,
                                                       @RequestParam(required = false) String cursor) {
        return denied.latest(Caller.current(), PageRequest.of(limit, cursor)).toResponse();
    }
}
