package vn.lienket.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/**
 * What one Spring Boot deployable reads from its configuration files: its {@code application.yml} and
 * what that imports ({@code spring.config.import}: {@code service-defaults.yml}, the logging files),
 * flattened to Spring's dotted property names.
 *
 * @param files      the files read, in order (a later one's value is overridden by an earlier one's)
 * @param properties every property the files set, first file winning, as Spring orders imports
 * @param placeholders every placeholder of every value, and of the import names themselves
 *                     ({@code lienket-logging-${LIENKET_LOG_FORMAT:json}.yml}); the environment
 *                     variables among them: {@link Placeholder#isEnvironmentVariable()}
 */
record SpringConfig(List<Path> files, Map<String, String> properties, List<Placeholder> placeholders) {

    /**
     * @param resourceRoots where {@code classpath:} names are looked for: the module's own resources
     *                      first, then those of the libraries it depends on
     */
    static SpringConfig load(Path applicationYml, List<Path> resourceRoots) {
        List<Path> files = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        List<Placeholder> placeholders = new ArrayList<>();
        read(applicationYml, resourceRoots, files, properties, placeholders);
        properties.values().forEach(value -> placeholders.addAll(Placeholder.in(value)));
        return new SpringConfig(List.copyOf(files), properties, List.copyOf(placeholders));
    }

    private static void read(Path file, List<Path> roots, List<Path> files, Map<String, String> properties,
                             List<Placeholder> placeholders) {
        if (files.contains(file)) {
            return;
        }
        files.add(file);
        Map<String, String> own = new LinkedHashMap<>();
        flatten("", yaml(file), own);
        own.forEach(properties::putIfAbsent);
        for (String imported : imports(own)) {
            placeholders.addAll(Placeholder.in(imported));
            String name = Placeholder.resolve(imported.trim(), Map.of()).replaceFirst("^optional:", "");
            if (!name.startsWith("classpath:")) {
                throw new IllegalStateException(file + " imports " + imported + ": only classpath: imports are followed");
            }
            String resource = name.substring("classpath:".length());
            Path found = roots.stream().map(root -> root.resolve(resource)).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new IllegalStateException(file + " imports " + resource + ", found in none of " + roots));
            read(found, roots, files, properties, placeholders);
        }
    }

    private static List<String> imports(Map<String, String> own) {
        List<String> found = new ArrayList<>();
        own.forEach((key, value) -> {
            if (key.equals("spring.config.import") || key.startsWith("spring.config.import[")) {
                found.addAll(Arrays.asList(value.split(",")));
            }
        });
        return found;
    }

    /** A YAML tree as Spring's flat property names ({@code a.b[0].c}) and their values. */
    static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, out));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), out);
            }
        } else if (node != null) {
            out.put(prefix, String.valueOf(node));
        }
    }

    static Object yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment variables the files name, each with its default (null: none). */
    Map<String, String> environmentVariables() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Placeholder p : placeholders()) {
            if (p.isEnvironmentVariable()) {
                names.putIfAbsent(p.name(), p.defaultValue());
            }
        }
        return names;
    }

    /** The property's value with the environment applied, or null when no file sets it. */
    String resolved(String property, Map<String, String> environment) {
        String value = properties.get(property);
        return value == null ? null : Placeholder.resolve(value, environment);
    }

    /** The port the server listens on, given the environment (server.port; Boot's 8080 when unset). */
    int serverPort(Map<String, String> environment) {
        String port = resolved("server.port", environment);
        return Integer.parseInt(port == null ? "8080" : port);
    }

    /**
     * The actuator paths the deployable answers on, given the environment. Spring Boot 4 adds the
     * liveness and readiness health groups wherever it runs (management.endpoint.health.probes.enabled
     * defaults to true; Boot 3 added them on Kubernetes only), unless that property is false.
     */
    Set<String> actuatorPaths(Map<String, String> environment) {
        String base = orDefault(resolved("management.endpoints.web.base-path", environment), "/actuator");
        Set<String> exposed = new LinkedHashSet<>();
        for (String id : orDefault(resolved("management.endpoints.web.exposure.include", environment), "health").split(",")) {
            exposed.add(id.trim());
        }
        Set<String> paths = new LinkedHashSet<>();
        for (String id : exposed) {
            paths.add(base + "/" + id);
        }
        if (exposed.contains("health") || exposed.contains("*")) {
            String probes = resolved("management.endpoint.health.probes.enabled", environment);
            if (!"false".equals(probes)) {
                paths.add(base + "/health/liveness");
                paths.add(base + "/health/readiness");
            }
            String group = "management.endpoint.health.group.";
            properties.keySet().stream().filter(key -> key.startsWith(group))
                    .map(key -> key.substring(group.length()).split("\\.")[0])
                    .forEach(name -> paths.add(base + "/health/" + name));
        }
        return paths;
    }

    /** The management server's own port, when it has one (management.server.port). */
    Integer managementPort(Map<String, String> environment) {
        String port = resolved("management.server.port", environment);
        return port == null ? null : Integer.valueOf(port);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
