package vn.lienket.identity.principals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subjects (client ids and usernames) that are disabled, which the gateway and every service
 * fetch every 30 s to refuse tokens issued before. Public on the identity provider's own port, as
 * the JWKS is: services hold no credentials to present, and the list names no secret. The gateway
 * does not route it, so it is not served to the outside.
 */
@RestController
class DisabledListController {

    private final PrincipalStore store;
    private final Clock clock;

    DisabledListController(PrincipalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    record DisabledList(Instant at, List<String> subjects) {
    }

    @GetMapping("/oauth2/disabled")
    DisabledList disabled() {
        return new DisabledList(clock.instant(), store.disabledIds().stream().sorted().toList());
    }
}
