package vn.lienket.deployment;

import java.util.Map;
import java.util.Set;

/** One image of the platform, and what it reads from its environment. */
sealed interface Deployable permits SpringDeployable, SimulatorDeployable {

    /** The jar's (or program's) name: plan-service, gateway, smsc-simulator… */
    String name();

    /** The image's repository, without a tag: lienket/plan-service. */
    String image();

    /** Whether the deployable reads this environment variable at all. */
    boolean reads(String variable);

    /**
     * The variables that must be set wherever it runs in a container: their default names loopback
     * (127.0.0.1, localhost), which inside a container is the container itself.
     */
    Set<String> mustBeSet();

    /** Every port it listens on, given its environment. */
    Set<Integer> ports(Map<String, String> environment);

    /** The HTTP port its health is served on, given its environment. */
    int healthPort(Map<String, String> environment);

    /** The HTTP paths a health check or probe may ask, given its environment. */
    Set<String> healthPaths(Map<String, String> environment);
}
