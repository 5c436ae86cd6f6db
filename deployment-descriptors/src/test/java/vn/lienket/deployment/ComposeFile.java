package vn.lienket.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml as typed records (the parts of the Compose specification this project uses; a
 * key it does not model fails the load, so a misspelt {@code healthcheck} cannot pass unseen).
 * SnakeYAML reads the file first because Compose leans on YAML anchors and {@code <<} merge keys,
 * which SnakeYAML expands and Jackson's YAML parser does not; Jackson then binds the expanded tree to
 * the records. Extension fields ({@code x-…}) are dropped, as Compose does.
 */
record ComposeFile(String name, Map<String, Service> services, Map<String, Object> volumes) {

    record Service(String image, Build build, Map<String, String> environment, List<String> ports,
                   Healthcheck healthcheck, List<String> command, List<String> entrypoint, String restart,
                   @JsonProperty("depends_on") Map<String, Dependency> dependsOn, List<String> volumes) {

        Map<String, String> env() {
            return environment == null ? Map.of() : environment;
        }

        Map<String, Dependency> dependencies() {
            return dependsOn == null ? Map.of() : dependsOn;
        }

        List<String> volumeMounts() {
            return volumes == null ? List.of() : volumes;
        }
    }

    record Build(String context, String dockerfile, Map<String, String> args) {
    }

    record Healthcheck(List<String> test, String interval, String timeout, Integer retries,
                       @JsonProperty("start_period") String startPeriod) {
    }

    record Dependency(String condition, Boolean restart, Boolean required) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static ComposeFile load(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(500);
        Map<String, Object> tree;
        try {
            tree = new Yaml(new SafeConstructor(options)).load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> services = new LinkedHashMap<>();
        asMap(tree.get("services")).forEach((name, service) -> services.put(name, withoutExtensions(asMap(service))));
        Map<String, Object> top = withoutExtensions(tree);
        top.put("services", services);
        return JSON.convertValue(top, ComposeFile.class);
    }

    private static Map<String, Object> withoutExtensions(Map<String, Object> map) {
        Map<String, Object> kept = new LinkedHashMap<>(map);
        kept.keySet().removeIf(key -> key.startsWith("x-"));
        return kept;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        if (!(node instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("expected a mapping, found " + node);
        }
        return (Map<String, Object>) node;
    }
}
