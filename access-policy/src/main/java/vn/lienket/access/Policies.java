package vn.lienket.access;

import java.util.List;
import java.util.Optional;

/** Every policy of the platform: the gateway checks a request against the one whose route it is. */
public final class Policies {

    public static final List<Policy> ALL = List.of(GatewayAccess.POLICY, PlanServiceAccess.POLICY,
            ProvinceServiceAccess.POLICY, NotificationServiceAccess.POLICY);

    private Policies() {
    }

    /** The policy of a service by its name ({@code spring.application.name}). */
    public static Policy of(String service) {
        return ALL.stream().filter(p -> p.service().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No access policy for " + service));
    }

    /** The route a request through the gateway is for, in whichever policy has it. */
    public static Optional<Policy.Match> match(String method, String path) {
        return ALL.stream().map(p -> p.match(method, path)).flatMap(Optional::stream).findFirst();
    }
}
