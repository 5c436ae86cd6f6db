package vn.lienket.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lienket.deployment.ComposeFile.Service;
import vn.lienket.support.messaging.MessagingProperties;

/**
 * What docker-compose.yml must agree on with the repository: each image's variables (set ones read,
 * loopback defaults overridden), ports, health paths and image names; the addresses one service gives
 * another; and the shape (three Kafka nodes, a three-member replica set with its initiation, restart
 * policies, volumes the image's user may write).
 */
final class ComposeCheck {

    private static final Pattern HEALTH_URL = Pattern.compile("https?://(localhost|127\\.0\\.0\\.1):(\\d+)(/[^\\s\"']*)");
    private static final Pattern DOCKERFILE_USER = Pattern.compile("(?m)^USER\\s+(\\d+)");
    private static final Pattern DOCKERFILE_COPY = Pattern.compile("(?m)^COPY\\s+(\\S+)\\s+\\S+\\s*$");

    private final Catalogue catalogue;
    private final ComposeFile compose;
    private final String dockerignore;
    private final List<String> violations = new ArrayList<>();

    private ComposeCheck(Catalogue catalogue, ComposeFile compose, String dockerignore) {
        this.catalogue = catalogue;
        this.compose = compose;
        this.dockerignore = dockerignore;
    }

    static List<String> violations(Catalogue catalogue, ComposeFile compose, String dockerignore) {
        ComposeCheck check = new ComposeCheck(catalogue, compose, dockerignore);
        check.run();
        return List.copyOf(check.violations);
    }

    /** The deployable each service runs (services of third-party images run none). */
    static Map<String, Deployable> deployables(Catalogue catalogue, ComposeFile compose, List<String> violations) {
        Map<String, Deployable> found = new LinkedHashMap<>();
        compose.services().forEach((name, service) -> deployableOf(catalogue, name, service, violations).ifPresent(d -> found.put(name, d)));
        return found;
    }

    private void run() {
        Map<String, Deployable> deployables = deployables(catalogue, compose, violations);
        compose.services().forEach((name, service) -> {
            restartPolicy(name, service);
            dependencies(name, service);
            volumes(name, service);
            references(name, service);
            Deployable deployable = deployables.get(name);
            if (deployable != null) {
                image(name, service, deployable);
                environment(name, service, deployable);
                health(name, service, deployable);
                published(name, service, deployable);
                writableVolumes(name, service, deployable);
            }
        });
        kafka(deployables);
        mongo(deployables);
        issuer(deployables);
    }

    /**
     * The browser signs in at IDENTITY_ISSUER (the identity provider's issuer, the console's sign-in
     * and sign-out address): that must be the gateway's published port, the one address the browser has.
     */
    private void issuer(Map<String, Deployable> deployables) {
        Set<Integer> gatewayPorts = new LinkedHashSet<>();
        deployables.forEach((name, deployable) -> {
            if (deployable.name().equals("gateway")) {
                Service gateway = compose.services().get(name);
                (gateway.ports() == null ? List.<String>of() : gateway.ports()).forEach(mapping -> gatewayPorts.add(hostPort(mapping)));
            }
        });
        deployables.forEach((name, deployable) -> {
            String issuer = compose.services().get(name).env().get("IDENTITY_ISSUER");
            if (issuer == null) {
                return;
            }
            for (References.Address address : References.in(issuer)) {
                if (!References.isLoopback(address.host()) || !gatewayPorts.contains(address.port())) {
                    violations.add("compose " + name + ": IDENTITY_ISSUER " + issuer + " is not the gateway's published address "
                            + gatewayPorts + " (the browser signs in through the gateway)");
                }
            }
        });
    }

    private static int hostPort(String mapping) {
        String[] parts = mapping.split(":");
        return Integer.parseInt(parts[parts.length >= 2 ? parts.length - 2 : 0].split("/")[0]);
    }

    private static Optional<Deployable> deployableOf(Catalogue catalogue, String name, Service service, List<String> violations) {
        if (service.build() != null) {
            String dockerfile = service.build().dockerfile();
            if (dockerfile == null || dockerfile.equals("Dockerfile")) {
                String jar = service.build().args() == null ? null : service.build().args().get("JAR");
                Optional<Deployable> deployable = jar == null ? Optional.empty() : catalogue.byJar(jar);
                if (deployable.isEmpty()) {
                    violations.add("compose " + name + ": builds JAR " + jar + ", which no module's build produces");
                }
                return deployable;
            }
            if (dockerfile.equals(Catalogue.SMSC_DOCKERFILE)) {
                return catalogue.deployables().stream().filter(d -> d instanceof SimulatorDeployable).findFirst();
            }
            violations.add("compose " + name + ": builds " + dockerfile + ", a Dockerfile this test does not know");
            return Optional.empty();
        }
        if (service.image() != null && service.image().startsWith("lienket/")) {
            Optional<Deployable> deployable = catalogue.byImage(repository(service.image()));
            if (deployable.isEmpty()) {
                violations.add("compose " + name + ": image " + service.image() + " is no deployable of the repository");
            }
            return deployable;
        }
        return Optional.empty();
    }

    static String repository(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(0, colon) : image;
    }

    private void restartPolicy(String name, Service service) {
        boolean oneShot = compose.services().values().stream().anyMatch(other -> other.dependencies().containsKey(name)
                && "service_completed_successfully".equals(other.dependencies().get(name).condition()));
        if (oneShot) {
            return;
        }
        if (service.restart() == null || service.restart().equals("no")) {
            violations.add("compose " + name + ": no restart policy (restart: " + service.restart() + ")");
        }
    }

    private void dependencies(String name, Service service) {
        service.dependencies().forEach((dependency, condition) -> {
            if (!compose.services().containsKey(dependency)) {
                violations.add("compose " + name + ": depends on " + dependency + ", which is no service of the file");
            }
        });
    }

    private void volumes(String name, Service service) {
        for (String mount : service.volumeMounts()) {
            String source = mount.split(":")[0];
            if (!source.startsWith(".") && !source.startsWith("/")
                    && (compose.volumes() == null || !compose.volumes().containsKey(source))) {
                violations.add("compose " + name + ": mounts volume " + source + ", which the file does not declare");
            }
        }
    }

    private void image(String name, Service service, Deployable deployable) {
        if (service.image() == null) {
            violations.add("compose " + name + ": names no image (the Kubernetes manifests run " + deployable.image() + ")");
        } else if (!repository(service.image()).equals(deployable.image())) {
            violations.add("compose " + name + ": image " + service.image() + " runs " + deployable.name()
                    + ", whose image is " + deployable.image());
        }
        for (String path : buildInputs(deployable)) {
            if (!dockerignore.lines().map(String::trim).anyMatch(line -> line.equals("!" + path) || line.equals("!" + path + "/"))) {
                violations.add("compose " + name + ": the image copies " + path + ", which .dockerignore leaves out of the build context");
            }
        }
    }

    private List<String> buildInputs(Deployable deployable) {
        if (deployable instanceof SimulatorDeployable) {
            List<String> paths = new ArrayList<>();
            Matcher copy = DOCKERFILE_COPY.matcher(catalogue.text(Catalogue.SMSC_DOCKERFILE));
            while (copy.find()) {
                paths.add(copy.group(1).replaceAll("/$", ""));
            }
            return paths;
        }
        return List.of(catalogue.jarOf(deployable));
    }

    private void environment(String name, Service service, Deployable deployable) {
        service.env().keySet().stream().filter(variable -> !deployable.reads(variable)).forEach(variable ->
                violations.add("compose " + name + ": sets " + variable + ", which " + deployable.name() + " does not read"));
        deployable.mustBeSet().stream().filter(variable -> !service.env().containsKey(variable)).forEach(variable ->
                violations.add("compose " + name + ": leaves " + variable + " unset, and " + deployable.name()
                        + "'s default names loopback (the container itself)"));
    }

    private void health(String name, Service service, Deployable deployable) {
        if (service.healthcheck() == null || service.healthcheck().test() == null) {
            violations.add("compose " + name + ": no health check");
            return;
        }
        Matcher url = HEALTH_URL.matcher(String.join(" ", service.healthcheck().test()));
        if (!url.find()) {
            violations.add("compose " + name + ": the health check asks no HTTP path of " + deployable.name());
            return;
        }
        int port = Integer.parseInt(url.group(2));
        String path = url.group(3);
        if (port != deployable.healthPort(service.env())) {
            violations.add("compose " + name + ": the health check asks port " + port + ", " + deployable.name()
                    + " serves its health on " + deployable.healthPort(service.env()));
        }
        Set<String> paths = deployable.healthPaths(service.env());
        if (!paths.contains(path)) {
            violations.add("compose " + name + ": the health check asks " + path + ", which " + deployable.name()
                    + " does not serve as its health (its health paths: " + paths + ")");
        }
    }

    private void published(String name, Service service, Deployable deployable) {
        for (String mapping : service.ports() == null ? List.<String>of() : service.ports()) {
            int container = containerPort(mapping);
            if (!deployable.ports(service.env()).contains(container)) {
                violations.add("compose " + name + ": publishes container port " + container + ", " + deployable.name()
                        + " listens on " + deployable.ports(service.env()));
            }
        }
    }

    /** A volume mounted into a service's image must be a directory that the image's user owns (Dockerfile). */
    private void writableVolumes(String name, Service service, Deployable deployable) {
        if (!(deployable instanceof SpringDeployable)) {
            return;
        }
        String dockerfile = catalogue.text("Dockerfile");
        Matcher user = DOCKERFILE_USER.matcher(dockerfile);
        String uid = user.find() ? user.group(1) : "0";
        for (String mount : service.volumeMounts()) {
            String target = mount.split(":")[1];
            if (!uid.equals("0") && !Pattern.compile("chown\\s+" + uid + "(:\\d+)?\\s+(\\S+\\s+)*" + Pattern.quote(target) + "(\\s|$)")
                    .matcher(dockerfile).find()) {
                violations.add("compose " + name + ": mounts a volume at " + target + ", which the image's user " + uid
                        + " does not own (Dockerfile: no chown " + uid + " " + target + ")");
            }
        }
    }

    private void references(String name, Service service) {
        service.env().forEach((variable, value) -> {
            for (References.Address address : References.in(value)) {
                if (References.isLoopback(address.host())) {
                    if (publishedHostPorts().contains(address.port())) {
                        continue;
                    }
                    violations.add("compose " + name + ": " + variable + " names " + address.host() + ":" + address.port()
                            + ", a port no service publishes on the host");
                } else if (!compose.services().containsKey(address.host())) {
                    violations.add("compose " + name + ": " + variable + " names host " + address.host() + ", which is no service of the file");
                } else if (!listening(address.host()).contains(address.port())) {
                    violations.add("compose " + name + ": " + variable + " names " + address.host() + ":" + address.port()
                            + ", which listens on " + listening(address.host()));
                }
            }
        });
    }

    private Set<Integer> publishedHostPorts() {
        Set<Integer> ports = new LinkedHashSet<>();
        compose.services().values().forEach(s -> (s.ports() == null ? List.<String>of() : s.ports())
                .forEach(mapping -> ports.add(hostPort(mapping))));
        return ports;
    }

    private static int containerPort(String mapping) {
        String[] parts = mapping.split(":");
        return Integer.parseInt(parts[parts.length - 1].split("/")[0]);
    }

    /** The ports a service of the file listens on: its deployable's, or what its third-party image is configured with. */
    private Set<Integer> listening(String name) {
        Service service = compose.services().get(name);
        Optional<Deployable> deployable = deployableOf(catalogue, name, service, new ArrayList<>());
        if (deployable.isPresent()) {
            return deployable.get().ports(service.env());
        }
        return ThirdParty.ports(service.image(), service.env());
    }

    private List<String> kafkaNodes() {
        return compose.services().entrySet().stream().filter(e -> ThirdParty.isKafka(e.getValue().image())).map(Map.Entry::getKey).toList();
    }

    private void kafka(Map<String, Deployable> deployables) {
        List<String> nodes = kafkaNodes();
        if (nodes.size() < 3) {
            violations.add("compose: " + nodes.size() + " Kafka node(s), not 3");
        }
        for (String node : nodes) {
            Service service = compose.services().get(node);
            violations.addAll(ThirdParty.kafkaNode("compose " + node, service.env(), mountTargets(service)));
            String voters = service.env().getOrDefault("KAFKA_CONTROLLER_QUORUM_VOTERS", "");
            for (String voter : voters.split(",")) {
                String[] idAndAddress = voter.split("@");
                String host = idAndAddress.length == 2 ? idAndAddress[1].split(":")[0] : "";
                Service voterService = compose.services().get(host);
                if (voterService == null || !idAndAddress[0].equals(voterService.env().get("KAFKA_NODE_ID"))) {
                    violations.add("compose " + node + ": quorum voter " + voter + " is no Kafka node of the file with that node id");
                }
            }
            if (voters.split(",").length != nodes.size()) {
                violations.add("compose " + node + ": " + voters.split(",").length + " quorum voters for " + nodes.size() + " nodes");
            }
        }
        deployables.forEach((name, deployable) -> {
            Map<String, String> env = compose.services().get(name).env();
            if (env.containsKey("KAFKA_BOOTSTRAP")) {
                Set<String> named = new LinkedHashSet<>();
                References.in(env.get("KAFKA_BOOTSTRAP")).forEach(a -> named.add(a.host()));
                if (!named.containsAll(nodes)) {
                    violations.add("compose " + name + ": KAFKA_BOOTSTRAP names " + named + ", not every broker " + nodes);
                }
            }
            if (deployable instanceof SpringDeployable spring && spring.boundProperties().contains(MessagingProperties.class)) {
                String factor = replicationFactor(env);
                if (factor == null || Integer.parseInt(factor) != nodes.size()) {
                    violations.add("compose " + name + ": creates its topics with replication factor " + (factor == null ? "1 (unset)" : factor)
                            + " on " + nodes.size() + " brokers (lienket.messaging.replication-factor)");
                }
                minInsync(violations, "compose " + name, env, nodes.isEmpty() ? null : compose.services().get(nodes.get(0)).env());
            }
        });
    }

    static String replicationFactor(Map<String, String> env) {
        return messaging(env, "replication-factor");
    }

    /** The value the environment gives lienket.messaging.NAME, in either spelling, or null. */
    static String messaging(Map<String, String> env, String name) {
        for (String variable : SpringDeployable.environmentNames("lienket.messaging." + name)) {
            if (env.containsKey(variable)) {
                return env.get(variable);
            }
        }
        return null;
    }

    /** A topic-level min.insync.replicas, where a service sets one, is the brokers' own. */
    static void minInsync(List<String> violations, String where, Map<String, String> env, Map<String, String> broker) {
        String minInsync = messaging(env, "min-insync-replicas");
        String brokers = broker == null ? null : broker.get("KAFKA_MIN_INSYNC_REPLICAS");
        if (minInsync != null && !minInsync.equals(brokers)) {
            violations.add(where + ": creates its topics with min.insync.replicas " + minInsync + ", the brokers' is " + brokers);
        }
    }

    private void mongo(Map<String, Deployable> deployables) {
        Map<String, Service> members = new LinkedHashMap<>();
        String initiator = null;
        for (Map.Entry<String, Service> e : compose.services().entrySet()) {
            if (ThirdParty.isMongo(e.getValue().image())) {
                if (String.join(" ", e.getValue().command() == null ? List.of() : e.getValue().command()).contains("--replSet")) {
                    members.put(e.getKey(), e.getValue());
                } else {
                    initiator = e.getKey();
                }
            }
        }
        if (members.size() != 3) {
            violations.add("compose: " + members.size() + " replica-set member(s), not 3");
        }
        members.forEach((name, member) -> {
            String test = member.healthcheck() == null ? "" : String.join(" ", member.healthcheck().test());
            if (!test.contains("primary")) {
                violations.add("compose " + name + ": its health check does not wait for the replica set's primary");
            }
        });
        if (initiator == null) {
            violations.add("compose: nothing initiates the replica set (a mongo service without --replSet that runs rs.initiate)");
        } else {
            String script = String.join(" ", compose.services().get(initiator).entrypoint() == null ? List.of()
                    : compose.services().get(initiator).entrypoint());
            for (String member : members.keySet()) {
                if (!script.contains(member + ":27017")) {
                    violations.add("compose " + initiator + ": does not initiate the replica set with member " + member);
                }
            }
        }
        String init = initiator;
        compose.services().forEach((name, service) -> {
            String uri = service.env().get("STORE_URI");
            if (uri == null) {
                return;
            }
            Set<String> named = new LinkedHashSet<>();
            References.in(uri).forEach(a -> named.add(a.host()));
            if (!named.containsAll(members.keySet()) || !uri.contains("replicaSet=")) {
                violations.add("compose " + name + ": STORE_URI " + uri + " does not name the replica set and its members " + members.keySet());
            }
            if (init != null && !service.dependencies().containsKey(init)) {
                violations.add("compose " + name + ": starts without waiting for " + init + " (the replica set may have no primary yet)");
            }
        });
    }

    private static List<String> mountTargets(Service service) {
        return service.volumeMounts().stream().map(mount -> mount.split(":")[1]).toList();
    }
}
