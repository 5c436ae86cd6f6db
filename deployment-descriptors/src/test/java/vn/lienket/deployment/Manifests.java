package vn.lienket.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The Kubernetes manifests of a directory, as fabric8's kubernetes-model classes: the files that its
 * kustomization.yaml lists (what {@code kubectl apply -k} applies) and, apart, the example Secrets.
 * A field the model does not know (a misspelt {@code readinessProbe}) lands in the model's additional
 * properties, and {@link #unknownFields} reports it.
 */
record Manifests(Path directory, Kustomization kustomization, List<HasMetadata> resources, List<Secret> exampleSecrets,
                 List<String> unknownFields) {

    record Kustomization(String namespace, List<String> resources) {
    }

    static final String EXAMPLE_SECRETS = "secrets.example.yaml";

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/Service", Service.class,
            "v1/Secret", Secret.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "batch/v1/Job", Job.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static Manifests load(Path directory) {
        JsonNode kustomizationNode = documents(directory.resolve("kustomization.yaml")).get(0);
        Kustomization kustomization = new Kustomization(kustomizationNode.path("namespace").asText(null),
                YAML.convertValue(kustomizationNode.path("resources"), YAML.getTypeFactory().constructCollectionType(List.class, String.class)));
        List<String> unknown = new ArrayList<>();
        List<HasMetadata> resources = new ArrayList<>();
        for (String file : kustomization.resources()) {
            for (JsonNode document : documents(directory.resolve(file))) {
                resources.add(typed(file, document, unknown));
            }
        }
        List<Secret> secrets = new ArrayList<>();
        Path example = directory.resolve(EXAMPLE_SECRETS);
        if (Files.exists(example)) {
            for (JsonNode document : documents(example)) {
                HasMetadata resource = typed(EXAMPLE_SECRETS, document, unknown);
                if (!(resource instanceof Secret secret)) {
                    throw new IllegalStateException(EXAMPLE_SECRETS + " holds a " + resource.getKind() + ", not a Secret");
                }
                secrets.add(secret);
            }
        }
        return new Manifests(directory, kustomization, List.copyOf(resources), List.copyOf(secrets), List.copyOf(unknown));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static HasMetadata typed(String file, JsonNode document, List<String> unknown) {
        String key = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Class<? extends HasMetadata> type = KINDS.get(key);
        if (type == null) {
            throw new IllegalStateException(file + ": a " + key + " (this test models " + KINDS.keySet() + ")");
        }
        HasMetadata resource = YAML.convertValue(document, type);
        collectUnknown(file + ": " + resource.getKind() + " " + resource.getMetadata().getName(), resource, unknown, 0);
        return resource;
    }

    private static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
            List<JsonNode> all = new ArrayList<>();
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    all.add(doc);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks the model's getters; any non-empty additionalProperties is a field kubernetes-model does not know there. */
    private static void collectUnknown(String where, Object node, List<String> unknown, int depth) {
        if (node == null || depth > 20) {
            return;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(item -> collectUnknown(where, item, unknown, depth + 1));
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collectUnknown(where, value, unknown, depth + 1));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object value = getter.invoke(node);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        unknown.add(where + ": unknown field(s) " + extra.keySet() + " in " + node.getClass().getSimpleName());
                    }
                } else {
                    collectUnknown(where, value, unknown, depth + 1);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
