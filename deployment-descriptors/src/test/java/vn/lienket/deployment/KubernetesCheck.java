package vn.lienket.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.yaml.snakeyaml.Yaml;
import vn.lienket.support.messaging.MessagingProperties;

/**
 * What the Kubernetes manifests must agree on with the repository, as docker-compose.yml does, and
 * what a cluster adds: readiness and liveness probes on paths the service serves, resources, two
 * instances and a disruption budget, every credential from a Secret, Services whose ports reach the
 * pods' ports, and the same images as compose at the project's version.
 */
final class KubernetesCheck {

    /** Run once, with the reason: its signing keys are a file on its own volume. */
    static final Set<String> SINGLE_INSTANCE = Set.of("identity-provider");

    private static final Pattern CREDENTIAL = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|SYSTEM_ID).*|STORE_URI");

    /** A workload's pod template, with what owns it. */
    private record Workload(String kind, String name, Integer replicas, PodTemplateSpec template) {
        Map<String, String> labels() {
            return template.getMetadata() == null || template.getMetadata().getLabels() == null ? Map.of() : template.getMetadata().getLabels();
        }
    }

    private final Catalogue catalogue;
    private final Manifests manifests;
    private final ComposeFile compose;
    /** The gateways' count, from which each takes its share of a client's rate limit. */
    private static final String GATEWAY_INSTANCES = "LIENKET_GATEWAY_INSTANCES";

    private final List<String> violations = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();

    private KubernetesCheck(Catalogue catalogue, Manifests manifests, ComposeFile compose) {
        this.catalogue = catalogue;
        this.manifests = manifests;
        this.compose = compose;
    }

    static List<String> violations(Catalogue catalogue, Manifests manifests, ComposeFile compose) {
        KubernetesCheck check = new KubernetesCheck(catalogue, manifests, compose);
        check.run();
        return List.copyOf(check.violations);
    }

    private void run() {
        violations.addAll(manifests.unknownFields());
        kustomization();
        manifests.all(Deployment.class).forEach(d -> workloads.add(new Workload("Deployment", d.getMetadata().getName(),
                d.getSpec().getReplicas(), d.getSpec().getTemplate())));
        manifests.all(StatefulSet.class).forEach(s -> workloads.add(new Workload("StatefulSet", s.getMetadata().getName(),
                s.getSpec().getReplicas(), s.getSpec().getTemplate())));
        manifests.all(Job.class).forEach(j -> workloads.add(new Workload("Job", j.getMetadata().getName(), null, j.getSpec().getTemplate())));
        Set<String> composeImages = new LinkedHashSet<>();
        if (compose != null) {
            compose.services().values().stream().map(ComposeFile.Service::image).filter(Objects::nonNull)
                    .map(ComposeCheck::repository).forEach(composeImages::add);
        }
        for (Workload workload : workloads) {
            for (Container container : workload.template().getSpec().getContainers()) {
                String where = workload.kind() + " " + workload.name() + " (" + container.getName() + ")";
                String image = container.getImage();
                String repository = ComposeCheck.repository(image);
                if (repository.startsWith("lienket/")) {
                    Optional<Deployable> deployable = catalogue.byImage(repository);
                    if (deployable.isEmpty()) {
                        violations.add(where + ": image " + image + " is no deployable of the repository");
                        continue;
                    }
                    if (!image.equals(repository + ":" + catalogue.version())) {
                        violations.add(where + ": image " + image + " is not tagged with the project's version " + catalogue.version());
                    }
                    if (compose != null && !composeImages.contains(repository)) {
                        violations.add(where + ": image " + repository + " is run by no service of docker-compose.yml");
                    }
                    deployableContainer(where, workload, container, deployable.get());
                } else if (ThirdParty.isKafka(image)) {
                    kafka(where, workload, container);
                } else if (ThirdParty.isMongo(image) && workload.replicas() != null) {
                    mongo(where, workload, container);
                }
            }
        }
        services();
        budgets();
        mongoInitiation();
        issuer();
    }

    /** IDENTITY_ISSUER (where the browser signs in) is a host the Ingress sends to the gateway's Service. */
    private void issuer() {
        Set<String> gatewayHosts = new LinkedHashSet<>();
        Set<String> gatewayServices = new LinkedHashSet<>();
        for (Workload workload : workloads) {
            for (Container c : workload.template().getSpec().getContainers()) {
                if (ComposeCheck.repository(c.getImage()).equals("lienket/gateway")) {
                    manifests.all(Service.class).stream().filter(s -> s.getSpec().getSelector() != null
                                    && workload.labels().entrySet().containsAll(s.getSpec().getSelector().entrySet()))
                            .forEach(s -> gatewayServices.add(s.getMetadata().getName()));
                }
            }
        }
        for (Ingress ingress : manifests.all(Ingress.class)) {
            for (IngressRule rule : ingress.getSpec().getRules()) {
                boolean toGateway = rule.getHttp() != null && rule.getHttp().getPaths().stream().anyMatch(path -> path.getBackend().getService() != null
                        && gatewayServices.contains(path.getBackend().getService().getName()));
                if (toGateway) {
                    gatewayHosts.add(rule.getHost());
                }
            }
        }
        for (Workload workload : workloads) {
            for (Container c : workload.template().getSpec().getContainers()) {
                String issuer = literalEnv(c).get("IDENTITY_ISSUER");
                if (issuer != null && !gatewayHosts.contains(java.net.URI.create(issuer).getHost())) {
                    violations.add(workload.kind() + " " + workload.name() + ": IDENTITY_ISSUER " + issuer
                            + " is no Ingress host of the gateway " + gatewayHosts + " (the browser signs in through the gateway)");
                }
            }
        }
    }

    private void kustomization() {
        Set<String> listed = new LinkedHashSet<>(manifests.kustomization().resources());
        if (manifests.kustomization().namespace() == null) {
            violations.add("kustomization.yaml: no namespace");
        }
        if (listed.contains(Manifests.EXAMPLE_SECRETS)) {
            violations.add("kustomization.yaml: applies " + Manifests.EXAMPLE_SECRETS + ", whose values are placeholders");
        }
        try (Stream<Path> files = Files.list(manifests.directory())) {
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml") || f.endsWith(".yml"))
                    .filter(f -> !f.equals("kustomization.yaml") && !f.equals(Manifests.EXAMPLE_SECRETS) && !listed.contains(f))
                    .forEach(f -> violations.add("kustomization.yaml: does not list " + f + ", which kubectl apply -k would then leave out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deployableContainer(String where, Workload workload, Container container, Deployable deployable) {
        if (container.getEnvFrom() != null && !container.getEnvFrom().isEmpty()) {
            violations.add(where + ": envFrom hides which variables it sets; name each in env");
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar variable : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
            if (!deployable.reads(variable.getName())) {
                violations.add(where + ": sets " + variable.getName() + ", which " + deployable.name() + " does not read");
            }
            if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                String secret = variable.getValueFrom().getSecretKeyRef().getName();
                String key = variable.getValueFrom().getSecretKeyRef().getKey();
                Optional<String> value = exampleSecretValue(secret, key);
                if (value.isEmpty()) {
                    violations.add(where + ": " + variable.getName() + " comes from Secret " + secret + " key " + key
                            + ", which " + Manifests.EXAMPLE_SECRETS + " does not describe");
                }
                env.put(variable.getName(), value.orElse(""));
            } else {
                if (CREDENTIAL.matcher(variable.getName()).matches()) {
                    violations.add(where + ": " + variable.getName() + " is a credential given as a literal value; take it from a Secret");
                }
                env.put(variable.getName(), variable.getValue() == null ? "" : variable.getValue());
            }
        }
        deployable.mustBeSet().stream().filter(variable -> !env.containsKey(variable)).forEach(variable ->
                violations.add(where + ": leaves " + variable + " unset, and " + deployable.name() + "'s default names loopback"));
        references(where, env);
        if (deployable.reads(GATEWAY_INSTANCES) && workload.replicas() != null && workload.replicas() > 1
                && !String.valueOf(workload.replicas()).equals(env.get(GATEWAY_INSTANCES))) {
            violations.add(where + ": runs " + workload.replicas() + " replicas but " + GATEWAY_INSTANCES + " is "
                    + env.getOrDefault(GATEWAY_INSTANCES, "unset (1)") + ", so together they allow a client "
                    + workload.replicas() + " times its rate limit");
        }

        Map<String, Integer> named = new LinkedHashMap<>();
        Set<Integer> containerPorts = new LinkedHashSet<>();
        for (ContainerPort port : container.getPorts() == null ? List.<ContainerPort>of() : container.getPorts()) {
            containerPorts.add(port.getContainerPort());
            if (port.getName() != null) {
                named.put(port.getName(), port.getContainerPort());
            }
            if (!deployable.ports(env).contains(port.getContainerPort())) {
                violations.add(where + ": declares container port " + port.getContainerPort() + ", " + deployable.name()
                        + " listens on " + deployable.ports(env));
            }
        }
        if (!containerPorts.contains(deployable.healthPort(env))) {
            violations.add(where + ": does not declare port " + deployable.healthPort(env) + ", where " + deployable.name() + " listens");
        }
        probe(where, "readiness", container.getReadinessProbe(), deployable, env, named, true);
        probe(where, "liveness", container.getLivenessProbe(), deployable, env, named, true);
        probe(where, "startup", container.getStartupProbe(), deployable, env, named, false);
        resources(where, container);
        if (workload.replicas() != null) {
            int expected = SINGLE_INSTANCE.contains(deployable.name()) ? 1 : 2;
            if (workload.replicas() < expected) {
                violations.add(where + ": " + workload.replicas() + " replica(s), not " + expected);
            }
        }
        Boolean nonRoot = workload.template().getSpec().getSecurityContext() == null ? null
                : workload.template().getSpec().getSecurityContext().getRunAsNonRoot();
        if (!Boolean.TRUE.equals(nonRoot)) {
            violations.add(where + ": the pod does not require a non-root user (securityContext.runAsNonRoot)");
        }
        noLocalSecrets(where, workload, container, deployable, env);
    }

    private void probe(String where, String kind, Probe probe, Deployable deployable, Map<String, String> env,
                       Map<String, Integer> named, boolean required) {
        if (probe == null) {
            if (required) {
                violations.add(where + ": no " + kind + " probe");
            }
            return;
        }
        HTTPGetAction get = probe.getHttpGet();
        if (get == null) {
            violations.add(where + ": the " + kind + " probe is not an HTTP GET of " + deployable.name() + "'s health");
            return;
        }
        Integer port = port(get.getPort(), named);
        if (port == null || port != deployable.healthPort(env)) {
            violations.add(where + ": the " + kind + " probe asks port " + text(get.getPort()) + ", " + deployable.name()
                    + " serves its health on " + deployable.healthPort(env));
        }
        Set<String> paths = deployable.healthPaths(env);
        if (!paths.contains(get.getPath())) {
            violations.add(where + ": the " + kind + " probe asks " + get.getPath() + ", which " + deployable.name()
                    + " does not serve as its health (its health paths: " + paths + ")");
        }
    }

    private static String text(IntOrString port) {
        return port == null ? "nothing" : port.getIntVal() != null ? String.valueOf(port.getIntVal()) : port.getStrVal();
    }

    private static Integer port(IntOrString port, Map<String, Integer> named) {
        if (port == null) {
            return null;
        }
        return port.getIntVal() != null ? port.getIntVal() : named.get(port.getStrVal());
    }

    private void resources(String where, Container container) {
        var resources = container.getResources();
        Map<String, Quantity> requests = resources == null || resources.getRequests() == null ? Map.of() : resources.getRequests();
        Map<String, Quantity> limits = resources == null || resources.getLimits() == null ? Map.of() : resources.getLimits();
        if (!requests.containsKey("cpu") || !requests.containsKey("memory")) {
            violations.add(where + ": no cpu and memory requests");
        }
        if (!limits.containsKey("memory")) {
            violations.add(where + ": no memory limit");
        }
    }

    /**
     * A {@code {noop}} secret or password in the image's configuration is a local-stack default; on
     * Kubernetes the file that SPRING_CONFIG_ADDITIONAL_LOCATION names (from a Secret) must replace every one.
     */
    private void noLocalSecrets(String where, Workload workload, Container container, Deployable deployable, Map<String, String> env) {
        if (!(deployable instanceof SpringDeployable spring)) {
            return;
        }
        Set<String> local = new LinkedHashSet<>();
        spring.config().properties().forEach((key, value) -> {
            if (value.startsWith("{noop}")) {
                local.add(key);
            }
        });
        if (local.isEmpty()) {
            return;
        }
        Set<String> replaced = new LinkedHashSet<>();
        String location = env.getOrDefault("SPRING_CONFIG_ADDITIONAL_LOCATION", "");
        for (String file : location.split(",")) {
            String path = file.trim().replaceFirst("^optional:", "").replaceFirst("^file:", "");
            if (path.isEmpty()) {
                continue;
            }
            secretFile(workload, container, path).ifPresent(text -> {
                Map<String, String> flat = new LinkedHashMap<>();
                SpringConfig.flatten("", new Yaml().load(text), flat);
                replaced.addAll(flat.keySet());
            });
        }
        local.removeAll(replaced);
        if (!local.isEmpty()) {
            violations.add(where + ": " + local.size() + " local-stack secret(s) of " + deployable.name()
                    + "'s application.yml are not replaced from a Secret (SPRING_CONFIG_ADDITIONAL_LOCATION), e.g. " + local.iterator().next());
        }
    }

    /** The example Secret's file that the container sees at this path (a secret volume mounted at its directory). */
    private Optional<String> secretFile(Workload workload, Container container, String path) {
        for (VolumeMount mount : container.getVolumeMounts() == null ? List.<VolumeMount>of() : container.getVolumeMounts()) {
            if (path.startsWith(mount.getMountPath() + "/")) {
                String key = path.substring(mount.getMountPath().length() + 1);
                for (Volume volume : workload.template().getSpec().getVolumes()) {
                    if (volume.getName().equals(mount.getName()) && volume.getSecret() != null) {
                        return exampleSecretValue(volume.getSecret().getSecretName(), key);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> exampleSecretValue(String name, String key) {
        for (Secret secret : manifests.exampleSecrets()) {
            if (secret.getMetadata().getName().equals(name)) {
                if (secret.getStringData() != null && secret.getStringData().containsKey(key)) {
                    return Optional.of(secret.getStringData().get(key));
                }
                if (secret.getData() != null && secret.getData().containsKey(key)) {
                    return Optional.of(new String(java.util.Base64.getDecoder().decode(secret.getData().get(key))));
                }
            }
        }
        return Optional.empty();
    }

    /** host:port in a value: a Service (or a StatefulSet pod's name under its headless Service) with that port. */
    private void references(String where, Map<String, String> env) {
        env.forEach((variable, value) -> {
            for (References.Address address : References.in(value)) {
                String[] labels = address.host().split("\\.");
                Optional<Service> service = service(labels[0]);
                if (service.isEmpty() && labels.length > 1) {
                    service = service(labels[1]);
                    if (service.isPresent() && statefulSetPod(labels[0], labels[1]).isEmpty()) {
                        violations.add(where + ": " + variable + " names " + address.host() + ", a pod no StatefulSet of Service "
                                + labels[1] + " runs");
                    }
                }
                if (service.isEmpty()) {
                    if (labels.length == 1) {
                        violations.add(where + ": " + variable + " names host " + address.host() + ", which is no Service of the manifests");
                    }
                    continue; // outside the cluster (the operator's SMTP relay, the carrier's SMSC)
                }
                boolean hasPort = service.get().getSpec().getPorts().stream().anyMatch(p -> p.getPort() == address.port());
                if (!hasPort) {
                    violations.add(where + ": " + variable + " names " + address.host() + ":" + address.port()
                            + ", a port Service " + service.get().getMetadata().getName() + " does not have");
                }
            }
        });
    }

    private Optional<Service> service(String name) {
        return manifests.all(Service.class).stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst();
    }

    private Optional<StatefulSet> statefulSetPod(String pod, String serviceName) {
        return manifests.all(StatefulSet.class).stream()
                .filter(s -> serviceName.equals(s.getSpec().getServiceName()))
                .filter(s -> pod.matches(Pattern.quote(s.getMetadata().getName()) + "-\\d+")
                        && Integer.parseInt(pod.substring(s.getMetadata().getName().length() + 1)) < s.getSpec().getReplicas())
                .findFirst();
    }

    /** Each Service selects a workload, and each of its ports reaches a port of that workload's containers. */
    private void services() {
        for (Service service : manifests.all(Service.class)) {
            String where = "Service " + service.getMetadata().getName();
            Map<String, String> selector = service.getSpec().getSelector() == null ? Map.of() : service.getSpec().getSelector();
            List<Workload> selected = workloads.stream().filter(w -> !selector.isEmpty() && w.labels().entrySet().containsAll(selector.entrySet())).toList();
            if (selected.isEmpty()) {
                violations.add(where + ": selects no workload (" + selector + ")");
                continue;
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                for (Workload workload : selected) {
                    boolean reaches = workload.template().getSpec().getContainers().stream()
                            .flatMap(c -> c.getPorts() == null ? Stream.<ContainerPort>empty() : c.getPorts().stream())
                            .anyMatch(p -> port.getTargetPort() == null ? Objects.equals(p.getContainerPort(), port.getPort())
                                    : port.getTargetPort().getIntVal() != null ? Objects.equals(p.getContainerPort(), port.getTargetPort().getIntVal())
                                    : port.getTargetPort().getStrVal().equals(p.getName()));
                    if (!reaches) {
                        violations.add(where + ": port " + port.getPort() + " targets " + text(port.getTargetPort())
                                + ", which no container of " + workload.kind() + " " + workload.name() + " declares");
                    }
                }
            }
        }
    }

    /** Every workload of more than one pod is covered by a disruption budget. */
    private void budgets() {
        for (Workload workload : workloads) {
            if (workload.replicas() == null || workload.replicas() < 2) {
                continue;
            }
            boolean covered = manifests.all(PodDisruptionBudget.class).stream().anyMatch(pdb -> pdb.getSpec().getSelector() != null
                    && pdb.getSpec().getSelector().getMatchLabels() != null
                    && workload.labels().entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()));
            if (!covered) {
                violations.add(workload.kind() + " " + workload.name() + ": no PodDisruptionBudget selects its pods");
            }
        }
    }

    private void kafka(String where, Workload workload, Container container) {
        Map<String, String> env = literalEnv(container);
        int replicas = workload.replicas() == null ? 0 : workload.replicas();
        if (replicas != 3) {
            violations.add(where + ": " + replicas + " Kafka node(s), not 3");
        }
        List<String> mounts = container.getVolumeMounts() == null ? List.of() : container.getVolumeMounts().stream().map(VolumeMount::getMountPath).toList();
        violations.addAll(ThirdParty.kafkaNode(where, env, mounts));
        String voters = env.getOrDefault("KAFKA_CONTROLLER_QUORUM_VOTERS", "");
        if (voters.split(",").length != replicas) {
            violations.add(where + ": " + voters.split(",").length + " quorum voters for " + replicas + " nodes");
        }
        for (References.Address voter : References.in(voters)) {
            String[] labels = voter.host().split("\\.");
            if (labels.length < 2 || statefulSetPod(labels[0], labels[1]).isEmpty()) {
                violations.add(where + ": quorum voter " + voter.host() + " is no pod of a StatefulSet under its Service");
            }
        }
        for (Workload other : workloads) {
            for (Container c : other.template().getSpec().getContainers()) {
                Optional<Deployable> d = catalogue.byImage(ComposeCheck.repository(c.getImage()));
                if (d.isPresent() && d.get() instanceof SpringDeployable spring && spring.boundProperties().contains(MessagingProperties.class)) {
                    String factor = ComposeCheck.replicationFactor(literalEnv(c));
                    if (factor == null || Integer.parseInt(factor) != replicas) {
                        violations.add(other.kind() + " " + other.name() + ": creates its topics with replication factor "
                                + (factor == null ? "1 (unset)" : factor) + " on " + replicas + " brokers");
                    }
                    ComposeCheck.minInsync(violations, other.kind() + " " + other.name(), literalEnv(c), env);
                }
            }
        }
    }

    private void mongo(String where, Workload workload, Container container) {
        List<String> args = new ArrayList<>();
        if (container.getCommand() != null) {
            args.addAll(container.getCommand());
        }
        if (container.getArgs() != null) {
            args.addAll(container.getArgs());
        }
        if (!args.contains("--replSet")) {
            violations.add(where + ": runs no replica set (--replSet)");
        }
        if (workload.replicas() != 3) {
            violations.add(where + ": " + workload.replicas() + " replica-set member(s), not 3");
        }
        Probe readiness = container.getReadinessProbe();
        if (readiness == null || readiness.getExec() == null || !String.join(" ", readiness.getExec().getCommand()).contains("primary")) {
            violations.add(where + ": its readiness probe does not wait for the replica set's primary");
        }
    }

    /** A Job initiates the replica set with every member of the mongo StatefulSet. */
    private void mongoInitiation() {
        for (StatefulSet set : manifests.all(StatefulSet.class)) {
            boolean mongo = set.getSpec().getTemplate().getSpec().getContainers().stream().anyMatch(c -> ThirdParty.isMongo(c.getImage()));
            if (!mongo) {
                continue;
            }
            String service = set.getSpec().getServiceName();
            boolean initiated = manifests.all(Job.class).stream().anyMatch(job -> job.getSpec().getTemplate().getSpec().getContainers().stream()
                    .anyMatch(c -> {
                        String script = String.join(" ", c.getCommand() == null ? List.of() : c.getCommand())
                                + String.join(" ", c.getArgs() == null ? List.of() : c.getArgs());
                        for (int i = 0; i < set.getSpec().getReplicas(); i++) {
                            if (!script.contains(set.getMetadata().getName() + "-" + i + "." + service + ":27017")) {
                                return false;
                            }
                        }
                        return script.contains("rs.initiate");
                    }));
            if (!initiated) {
                violations.add("StatefulSet " + set.getMetadata().getName() + ": no Job initiates the replica set with its "
                        + set.getSpec().getReplicas() + " members");
            }
        }
    }

    private static Map<String, String> literalEnv(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar variable : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
            if (variable.getValue() != null) {
                env.put(variable.getName(), variable.getValue());
            }
        }
        return env;
    }
}
